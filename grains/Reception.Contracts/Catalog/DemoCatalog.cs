using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Shared;

namespace Reception.Contracts.Catalog;

/// <summary>
/// The seeded demo data: the twelve repatriation points (capacities are plausible, not published figures) and a
/// program catalog after the public programs for returnees (DIF, IMSS, the employment service, CONOCER, SEP, INE,
/// civil registries, shelters). Some categories are deliberately missing at some points (no shelter at SLR, OJI, ACN,
/// PNG or MAM; psychological care only at the larger points) so unmet needs show.
/// The API derives its demo accounts (<c>manager-{code}</c>, <c>provider-{programId}</c>) from these lists.
/// </summary>
public static class DemoCatalog
{
    public static readonly IReadOnlyList<PointProfile> Points =
    [
        Point("TIJ", "Tijuana (El Chaparral)", "Tijuana", "Baja California", PointKind.LandCrossing, "America/Tijuana", 300, 6, 250),
        Point("MXL", "Mexicali", "Mexicali", "Baja California", PointKind.LandCrossing, "America/Tijuana", 120, 3, 80),
        Point("SLR", "San Luis Río Colorado", "San Luis Río Colorado", "Sonora", PointKind.LandCrossing, "America/Hermosillo", 50, 2, 30),
        Point("NOG", "Nogales", "Nogales", "Sonora", PointKind.LandCrossing, "America/Hermosillo", 80, 3, 60),
        Point("CJS", "Ciudad Juárez", "Ciudad Juárez", "Chihuahua", PointKind.LandCrossing, "America/Ciudad_Juarez", 200, 4, 150),
        Point("OJI", "Ojinaga", "Ojinaga", "Chihuahua", PointKind.LandCrossing, "America/Ojinaga", 40, 1, 10),
        Point("ACN", "Ciudad Acuña", "Ciudad Acuña", "Coahuila", PointKind.LandCrossing, "America/Matamoros", 50, 2, 30),
        Point("PNG", "Piedras Negras", "Piedras Negras", "Coahuila", PointKind.LandCrossing, "America/Matamoros", 60, 2, 40),
        Point("NLD", "Nuevo Laredo (Puente Juárez–Lincoln)", "Nuevo Laredo", "Tamaulipas", PointKind.LandCrossing, "America/Matamoros", 200, 4, 150),
        Point("REX", "Reynosa", "Reynosa", "Tamaulipas", PointKind.LandCrossing, "America/Matamoros", 150, 4, 100),
        Point("MAM", "Matamoros", "Matamoros", "Tamaulipas", PointKind.LandCrossing, "America/Matamoros", 120, 3, 90),
        Point("MEX", "Aeropuerto Internacional de la Ciudad de México (AICM)", "Ciudad de México", "Ciudad de México", PointKind.Airport, "America/Mexico_City", 150, 6, 60),
    ];

    private static readonly string[] AllPoints = ["TIJ", "MXL", "SLR", "NOG", "CJS", "OJI", "ACN", "PNG", "NLD", "REX", "MAM", "MEX"];

    public static readonly IReadOnlyList<ProgramProfile> Programs =
    [
        new("dif-proteccion-ninez", "Protección de niñas, niños y adolescentes", ProgramCategory.ChildProtection, "DIF (Sistema Nacional y sistemas estatales)",
            AllPoints, [], 200, "Mandatory for unaccompanied minors: interview, health and psychological profile, family reunification (usually 48–72 h)."),
        new("imss-salud", "Atención médica y afiliación al seguro de salud", ProgramCategory.Health, "IMSS", AllPoints, MexicanStates.All, 500,
            "Medical care at the point and enrolment in health insurance."),
        new("atencion-psicologica", "Atención psicológica", ProgramCategory.Psychosocial, "Secretaría de Salud",
            ["TIJ", "MXL", "CJS", "NLD", "REX", "MEX"], ["Ciudad de México", "Jalisco"], 60, "Psychological first aid and follow-up."),
        new("registro-civil-actas", "Actas de nacimiento y CURP", ProgramCategory.Documents, "Registro Civil / RENAPO", AllPoints, MexicanStates.All, 400,
            "Birth certificates and a printed CURP."),
        new("ine-credencial", "Credencial para votar", ProgramCategory.Documents, "INE", ["TIJ", "MXL", "CJS", "NLD", "REX", "MEX"], MexicanStates.All, 150,
            "Voter ID, accepted as official identification."),
        new("sne-repatriados-trabajando", "Repatriados Trabajando", ProgramCategory.Employment, "Servicio Nacional de Empleo", AllPoints, MexicanStates.All, 300,
            "Job placement, a month of subsistence support, training and bus tickets."),
        new("conocer-certificacion", "Certificación de competencias laborales", ProgramCategory.Employment, "CONOCER", ["TIJ", "CJS", "MEX"],
            ["Jalisco", "Guanajuato", "Michoacán", "Ciudad de México", "Estado de México", "Puebla", "Oaxaca"], 80,
            "Certifies skills learned abroad."),
        new("sep-revalidacion", "Revalidación de estudios e inscripción escolar", ProgramCategory.Education, "SEP", AllPoints, MexicanStates.All, 200,
            "Recognition of studies (no apostille or certified translation needed) and school enrolment for children."),
        new("casa-migrante-tijuana", "Casa del Migrante en Tijuana", ProgramCategory.Shelter, "Casa del Migrante (sociedad civil)", ["TIJ"], [], 140,
            "Temporary shelter, food and phone calls."),
        new("albergue-del-desierto", "Albergue del Desierto", ProgramCategory.Shelter, "Sociedad civil", ["MXL"], [], 60, "Temporary shelter."),
        new("casa-migrante-juarez", "Casa del Migrante Ciudad Juárez", ProgramCategory.Shelter, "Sociedad civil", ["CJS"], [], 100, "Temporary shelter."),
        new("casa-nazareth", "Casa del Migrante Nazareth", ProgramCategory.Shelter, "Sociedad civil", ["NLD"], [], 80, "Temporary shelter."),
        new("senda-de-vida", "Senda de Vida", ProgramCategory.Shelter, "Sociedad civil", ["REX"], [], 80, "Temporary shelter."),
        new("albergue-aicm", "Albergue temporal Ciudad de México", ProgramCategory.Shelter, "Gobierno de la Ciudad de México", ["MEX"], ["Ciudad de México"], 100,
            "Temporary shelter for air returns."),
        new("asesoria-juridica", "Asesoría jurídica", ProgramCategory.LegalAid, "Instituto Federal de Defensoría Pública", ["TIJ", "CJS", "NLD", "MEX"],
            ["Ciudad de México"], 50, "Legal advice: documents, family, property, pending cases."),
        new("transporte-descuento", "Descuento en transporte a su destino", ProgramCategory.Transport, "INM y líneas de autobús", AllPoints, [], 300,
            "Bus-fare discounts and transfers to bus stations."),
        new("alimentacion", "Alimentación en el módulo", ProgramCategory.Food, "INM y organizaciones de la sociedad civil",
            ["TIJ", "MXL", "SLR", "CJS", "OJI", "ACN", "PNG", "NLD", "REX", "MAM", "MEX"], [], 500, "Water and food on arrival."),
        new("comedor-kino", "Comedor de la Iniciativa Kino para la Frontera", ProgramCategory.Food, "Kino Border Initiative", ["NOG"], [], 150, "Meals and first aid."),
        new("fondo-apoyo-migrantes", "Fondo de Apoyo a Migrantes (proyectos productivos)", ProgramCategory.Entrepreneurship, "Secretaría de Bienestar y gobiernos estatales",
            [], ["Michoacán", "Guerrero", "Oaxaca", "Zacatecas", "Jalisco", "Guanajuato", "Puebla"], 40, "Support to start a small business in the home state."),
    ];

    private static PointProfile Point(string code, string name, string city, string state, PointKind kind, string zone, int beds, int desks, int usual) =>
        new(code, name, city, state, kind, zone, new PointCapacity(beds, desks, usual));
}
