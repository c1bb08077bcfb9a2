using System.Globalization;

namespace Reception.Api.Statistics;

/// <summary>The words of the statistics exports, in Spanish or English (the request's language).</summary>
public sealed record StatisticsLabels(
    string Title, string Period, string Generated, string Note, string SuppressedNote, string CompleteNote,
    string State, string Point, string OriginState, string Total, string NationalTotal, string Unknown,
    IReadOnlyDictionary<string, string> Words)
{
    public static readonly StatisticsLabels Spanish = new(
        "Eventos de repatriación de mexicanos por entidad federativa y punto de recepción", "Periodo", "Generado", "Nota",
        "Las cifras menores a 3 se muestran como «<3» para proteger la identidad de las personas; los totales incluyen todas.",
        "Cifras completas.", "Entidad federativa", "Punto de recepción", "Entidad de origen", "Total", "Total nacional", "No especificado",
        new Dictionary<string, string>
        {
            ["male"] = "Hombres", ["female"] = "Mujeres", ["unspecified"] = "Sexo no especificado",
            ["18+"] = "18 años y más", ["0-11"] = "0 a 11 años", ["12-17"] = "12 a 17 años", ["unknown"] = "edad no especificada",
            ["accompanied"] = "acompañados", ["unaccompanied"] = "no acompañados", ["notApplicable"] = "",
        });

    public static readonly StatisticsLabels English = new(
        "Repatriation events of Mexicans by state and point of reception", "Period", "Generated", "Note",
        "Counts below 3 are shown as \"<3\" to protect people's identity; totals include them all.",
        "Complete figures.", "State", "Point of reception", "State of origin", "Total", "National total", "Not stated",
        new Dictionary<string, string>
        {
            ["male"] = "Men", ["female"] = "Women", ["unspecified"] = "Sex not stated",
            ["18+"] = "18 and over", ["0-11"] = "0 to 11", ["12-17"] = "12 to 17", ["unknown"] = "age not stated",
            ["accompanied"] = "accompanied", ["unaccompanied"] = "unaccompanied", ["notApplicable"] = "",
        });

    /// <summary>English when the request asked for it, Spanish otherwise.</summary>
    public static StatisticsLabels Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? English : Spanish;

    public string Column(string sex, string age, string accompaniment) =>
        string.Join(" ", new[] { Word(sex), Word(age), Word(accompaniment) }.Where(w => w.Length > 0));

    private string Word(string value) => Words.GetValueOrDefault(value, value);
}
