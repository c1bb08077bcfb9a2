using System.Globalization;
using System.Text;
using Reception.Contracts.Returnees;

namespace Reception.Bench.Run;

/// <summary>One person of the people fill: the names and dates every case of the person carries.</summary>
internal sealed record FilledPerson(string PersonId, string GivenNames, string Surnames, Sex Sex, DateOnly DateOfBirth, string? Curp);

/// <summary>
/// Mexican names at realistic frequencies for the people benchmark. Surnames: the 40 most common at roughly their
/// share of surname slots in Mexico (per mille 56 Hernández, 42 García, 37 Martínez … 5 Santiago), then a Zipf tail
/// (∝ 1/rank) over about 150 less common ones, so that Hernández fills ~6% of surname slots; two surnames each (5%
/// only one). Given names: Zipf-like (∝ 1/(rank + 8) for men, 1/(rank + 4) for women, so the commonest is ~5% of men
/// and ~9% of women) over lists that start with the commonest, compound ones included (José Luis, Juan Carlos,
/// María Guadalupe, María de los Ángeles …); about 88% men, as among adults repatriated. Births 1950–2010, three in
/// four in 1980–2004.
/// </summary>
internal sealed class MexicanNames(int seed)
{
    // Per mille of surname slots, approximately (INEGI/RENAPO counts rounded); the rest follow as a 1/rank tail.
    private static readonly (string Name, double Weight)[] CommonSurnames =
    [
        ("Hernández", 56), ("García", 42), ("Martínez", 37), ("López", 35), ("González", 34), ("Pérez", 25), ("Rodríguez", 25),
        ("Sánchez", 24), ("Ramírez", 22), ("Cruz", 16), ("Flores", 15), ("Gómez", 15), ("Morales", 12), ("Vázquez", 12), ("Reyes", 12),
        ("Jiménez", 11), ("Torres", 11), ("Díaz", 10), ("Gutiérrez", 10), ("Ruiz", 9), ("Mendoza", 9), ("Aguilar", 9), ("Ortiz", 8),
        ("Moreno", 8), ("Castillo", 8), ("Romero", 8), ("Álvarez", 7), ("Méndez", 7), ("Chávez", 7), ("Rivera", 7), ("Juárez", 7),
        ("Ramos", 7), ("Domínguez", 6), ("Herrera", 6), ("Medina", 6), ("Castro", 6), ("Vargas", 6), ("Guzmán", 5), ("Velázquez", 5),
        ("Santiago", 5),
    ];

    private static readonly string[] RarerSurnames =
    [
        "Mejía", "Soto", "Contreras", "Luna", "Estrada", "Ortega", "Delgado", "Guerrero", "Salazar", "Cortés", "Rojas", "Núñez",
        "Navarro", "Cervantes", "Espinoza", "Acosta", "Sandoval", "Campos", "Ávila", "Ríos", "Vega", "Zamora", "Salinas", "Molina",
        "Fuentes", "Valdez", "Lara", "Cabrera", "Carrillo", "Pacheco", "Robles", "Camacho", "Miranda", "Silva", "Trejo", "Alvarado",
        "Márquez", "Rosas", "Ibarra", "Rosales", "Valencia", "Figueroa", "Sosa", "Meza", "Orozco", "Padilla", "Marín", "Cárdenas",
        "Escobar", "Villa", "Solís", "Bautista", "Muñoz", "León", "Osorio", "Nava", "Maldonado", "Zúñiga", "Velasco", "Santos",
        "Rangel", "Suárez", "Ochoa", "Vera", "Barrera", "Cuevas", "Montes", "Bravo", "Ayala", "Beltrán", "Tapia", "Galván", "Peña",
        "Lozano", "Durán", "Arellano", "Cano", "Esquivel", "Calderón", "Pineda", "Andrade", "Trujillo", "Aguirre", "Serrano",
        "Valenzuela", "Olvera", "Lugo", "Cisneros", "Ponce", "Palacios", "Hidalgo", "Bernal", "Montoya", "Mora", "Tovar", "Becerra",
        "Rubio", "Gallegos", "Quintero", "Benítez", "Villegas", "Arias", "Téllez", "Arroyo", "Sierra", "Córdova", "Nieto", "Franco",
        "Ventura", "Reséndiz", "Zavala", "Baltazar", "Mata", "Bello", "Correa", "Cuéllar", "Galindo", "Montero", "Pizano", "Quiroz",
        "Rocha", "Salas", "Toledo", "Uribe", "Villanueva", "Yáñez", "Zepeda", "Alcántara", "Bermúdez", "Carbajal", "Escamilla",
        "Gallardo", "Hurtado", "Ibáñez", "Lira", "Manzano", "Nolasco", "Olmos", "Prieto", "Quezada", "Saavedra", "Tinoco",
        "Vidal", "Xolalpa", "Cuautle", "Tzompa", "Chimal", "Ixtlahuaca", "Huerta", "Lucas", "Mondragón", "Rendón", "Sotelo",
    ];

    private static readonly string[] MaleGivenNames =
    [
        "José Luis", "Juan", "José", "Miguel Ángel", "Francisco", "Jesús", "Juan Carlos", "José Antonio", "Luis", "Alejandro",
        "Pedro", "Carlos", "Jorge", "Manuel", "Antonio", "Ricardo", "Eduardo", "Fernando", "Roberto", "Francisco Javier", "Javier",
        "Juan Manuel", "Sergio", "Raúl", "Arturo", "Martín", "José Manuel", "Daniel", "Rafael", "Héctor", "Mario", "Jorge Luis",
        "Alberto", "Salvador", "Víctor Manuel", "Enrique", "Gerardo", "Juan José", "Ramón", "Rubén", "Ángel", "Óscar", "Marco Antonio",
        "Guillermo", "Hugo", "José de Jesús", "Armando", "Alfredo", "Gustavo", "Julio César", "Ignacio", "Andrés", "Luis Fernando",
        "Édgar", "Iván", "Adrián", "Omar", "Jaime", "Abel", "Efraín", "Isidro", "Rogelio", "Felipe", "Ernesto", "Israel", "Cristian",
        "Brayan", "Kevin", "Diego", "Emiliano", "Saúl", "Noé", "Eliseo", "Hilario", "Teodoro", "Bernabé", "Wilfrido", "Gonzalo",
    ];

    private static readonly string[] FemaleGivenNames =
    [
        "María Guadalupe", "María", "Guadalupe", "Juana", "María de los Ángeles", "María Elena", "Rosa María", "Verónica", "Patricia",
        "Leticia", "Margarita", "Ana María", "Alejandra", "Gabriela", "Adriana", "Claudia", "Laura", "Martha", "Silvia", "María Isabel",
        "Elizabeth", "Yesenia", "Fernanda", "Daniela", "Mariana", "Itzel", "Ximena", "Sofía", "Brenda", "Karla", "Diana", "Araceli",
        "Josefina", "Teresa", "Rocío", "Norma", "Blanca Estela", "Xóchitl", "Citlali", "Yolanda",
    ];

    /// <summary>States for the CURP's two letters and the declared origin (the CURP's state is the record's origin).</summary>
    public static readonly (string Code, string Name)[] States =
    [
        ("MN", "Michoacán"), ("GR", "Guerrero"), ("OC", "Oaxaca"), ("JC", "Jalisco"), ("GT", "Guanajuato"), ("PL", "Puebla"),
        ("MC", "México"), ("VZ", "Veracruz"), ("CS", "Chiapas"), ("CH", "Chihuahua"), ("ZS", "Zacatecas"), ("SP", "San Luis Potosí"),
    ];

    private static readonly double[] SurnameCumulative = Cumulative(
        CommonSurnames.Select(s => s.Weight).Concat(RarerSurnames.Select((_, i) => 5.0 * CommonSurnames.Length / (CommonSurnames.Length + 1 + i))));

    private static readonly string[] AllSurnames = CommonSurnames.Select(s => s.Name).Concat(RarerSurnames).ToArray();
    private static readonly double[] MaleCumulative = Cumulative(MaleGivenNames.Select((_, i) => 1.0 / (i + 1 + 8)));
    private static readonly double[] FemaleCumulative = Cumulative(FemaleGivenNames.Select((_, i) => 1.0 / (i + 1 + 4)));

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public FilledPerson Person(string personId)
    {
        var sex = _random.NextDouble() < 0.12 ? Sex.Female : Sex.Male;
        var given = sex == Sex.Female ? Pick(FemaleGivenNames, FemaleCumulative) : Pick(MaleGivenNames, MaleCumulative);
        var first = Pick(AllSurnames, SurnameCumulative);
        var surnames = _random.NextDouble() < 0.05 ? first : $"{first} {Pick(AllSurnames, SurnameCumulative)}";
        var year = _random.NextDouble() < 0.75 ? 1980 + _random.Next(25) : 1950 + _random.Next(61);
        var born = new DateOnly(year, 1, 1).AddDays(_random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
        var curp = _random.NextDouble() < 0.25 ? CurpOf(given, surnames, sex, born) : null;
        return new FilledPerson(personId, given, surnames, sex, born, curp);
    }

    /// <summary>A well-formed CURP with a valid check digit, its letters from the names as RENAPO takes them (simplified).</summary>
    public string CurpOf(string given, string surnames, Sex sex, DateOnly born)
    {
        var family = Ascii(surnames).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var names = Ascii(given).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = family[0];
        var second = family.Length > 1 ? family[1] : "X";
        var vowel = first.Skip(1).FirstOrDefault(c => "AEIOU".Contains(c), 'X');
        var consonant = (string w) => w.Skip(1).FirstOrDefault(c => char.IsAsciiLetterUpper(c) && !"AEIOU".Contains(c), 'X');
        var state = States[_random.Next(States.Length)].Code;
        var first17 = string.Concat(
            first[0], vowel, second[0], names[0][0],
            born.ToString("yyMMdd", CultureInfo.InvariantCulture),
            sex == Sex.Female ? 'M' : 'H', state,
            consonant(first), consonant(second), consonant(names[0]),
            born.Year < 2000 ? (char)('0' + _random.Next(10)) : (char)('A' + _random.Next(26)));
        return first17 + Reception.Contracts.Returnees.Curp.CheckDigit(first17);
    }

    /// <summary>Upper case, no accents, Ñ as X (the CURP's alphabet for names).</summary>
    public static string Ascii(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToUpperInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsAsciiLetterUpper(c) || c == ' ' ? c : 'X');
            }
        }
        return folded.ToString();
    }

    /// <summary>The text without its accents, in its own case (what a desk types on a keyboard without them).</summary>
    public static string WithoutAccents(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private string Pick(string[] names, double[] cumulative)
    {
        var roll = _random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, roll);
        return names[Math.Min(names.Length - 1, index < 0 ? ~index : index)];
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return weights.Select(w => sum += w).ToArray();
    }
}
