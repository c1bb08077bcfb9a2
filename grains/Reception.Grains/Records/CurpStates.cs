namespace Reception.Grains.Records;

/// <summary>
/// The state of birth a CURP encodes (RENAPO's two-letter codes at positions 12–13); "NE" (born abroad) and
/// unknown codes give null.
/// </summary>
internal static class CurpStates
{
    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        ["AS"] = "Aguascalientes", ["BC"] = "Baja California", ["BS"] = "Baja California Sur", ["CC"] = "Campeche",
        ["CS"] = "Chiapas", ["CH"] = "Chihuahua", ["DF"] = "Ciudad de México", ["CL"] = "Coahuila", ["CM"] = "Colima",
        ["DG"] = "Durango", ["MC"] = "Estado de México", ["GT"] = "Guanajuato", ["GR"] = "Guerrero", ["HG"] = "Hidalgo",
        ["JC"] = "Jalisco", ["MN"] = "Michoacán", ["MS"] = "Morelos", ["NT"] = "Nayarit", ["NL"] = "Nuevo León",
        ["OC"] = "Oaxaca", ["PL"] = "Puebla", ["QT"] = "Querétaro", ["QR"] = "Quintana Roo", ["SP"] = "San Luis Potosí",
        ["SL"] = "Sinaloa", ["SR"] = "Sonora", ["TC"] = "Tabasco", ["TS"] = "Tamaulipas", ["TL"] = "Tlaxcala",
        ["VZ"] = "Veracruz", ["YN"] = "Yucatán", ["ZS"] = "Zacatecas",
    };

    public static string? StateOfBirth(string? curp) =>
        curp is { Length: >= 13 } && ByCode.TryGetValue(curp.Substring(11, 2), out var state) ? state : null;
}
