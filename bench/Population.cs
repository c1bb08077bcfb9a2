namespace Reception.Bench;

/// <summary>One person about to be registered, as the simulator and the benchmark send them.</summary>
public sealed record Person(
    string GivenNames,
    string Surnames,
    string Sex,
    int Age,
    bool UseDateOfBirth,
    DateOnly DateOfBirth,
    IReadOnlyList<string> Vulnerabilities,
    bool Unaccompanied,
    int? CompanionIndex,
    string? Relationship = null)
{
    public bool Minor => Age < 18;

    /// <summary>The body of <c>POST /api/points/{code}/arrivals</c>.</summary>
    public Dictionary<string, object?> ArrivalBody(string? accompanyingCaseId, string? noticeId, string? transport)
    {
        var body = new Dictionary<string, object?>
        {
            ["givenNames"] = GivenNames,
            ["surnames"] = Surnames,
            ["sex"] = Sex,
        };
        if (UseDateOfBirth)
        {
            body["dateOfBirth"] = DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            body["estimatedAge"] = Age;
        }
        if (accompanyingCaseId is not null)
        {
            body["accompanyingCaseId"] = accompanyingCaseId;
            // Required with a companion since issue #14.
            body["relationship"] = Relationship ?? "otherRelative";
        }
        if (Vulnerabilities.Count > 0)
        {
            body["vulnerabilities"] = Vulnerabilities;
        }
        if (noticeId is not null)
        {
            body["noticeId"] = noticeId;
        }
        if (transport is not null)
        {
            body["transport"] = transport;
        }
        return body;
    }
}

/// <summary>
/// People drawn at the rates in docs/population.md, which names their sources: about 15% minors, of whom about 81%
/// are 12–17 (so that, with 86% of 12–17-year-olds and 7% of 0–11-year-olds travelling alone, about 71% of minors
/// are unaccompanied, as in 2016: 9,719 of 13,746); about 10% women among adults; mostly boys among unaccompanied
/// teenagers; and the vulnerable groups at modest, plausible rates (not published; chosen for the demo).
/// </summary>
public sealed class Population(int seed)
{
    private static readonly string[] MaleNames = ["José", "Juan", "Luis", "Miguel", "Jesús", "Francisco", "Pedro", "Alejandro", "Carlos", "Jorge", "Eduardo", "Ricardo", "Fernando", "Raúl", "Javier", "Manuel", "Sergio", "Arturo", "Roberto", "Antonio", "Ángel", "Héctor", "Martín", "Gerardo", "Salvador", "Rogelio", "Efraín", "Isidro"];
    private static readonly string[] FemaleNames = ["María", "Guadalupe", "Juana", "Margarita", "Verónica", "Leticia", "Rosa", "Patricia", "Alejandra", "Gabriela", "Adriana", "Sofía", "Ximena", "Fernanda", "Mariana", "Itzel", "Yesenia", "Claudia"];
    private static readonly string[] Surnames = ["García", "Hernández", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez", "Santiago", "Bautista", "Xochitl"];

    /// <summary>Origin states, weighted after the 2016 bulletin's leading states (Michoacán, Guerrero, Oaxaca …).</summary>
    public static readonly (string State, int Weight)[] Destinations =
    [
        ("Michoacán", 12), ("Guerrero", 10), ("Oaxaca", 10), ("Jalisco", 8), ("Guanajuato", 8), ("Puebla", 7), ("Estado de México", 6),
        ("Veracruz", 6), ("Chiapas", 5), ("Chihuahua", 4), ("Sonora", 3), ("Baja California", 3), ("Tamaulipas", 3), ("Zacatecas", 3),
        ("San Luis Potosí", 2), ("Hidalgo", 2), ("Morelos", 2), ("Ciudad de México", 3), ("Sinaloa", 2), ("Durango", 1),
    ];

    private static readonly string[] Occupations = ["construcción", "agricultura", "cocina", "limpieza", "jardinería", "manufactura", "mecánica", "carpintería", "pintura", "soldadura", "chofer", "bodega", "empacadora", "mesero"];
    private static readonly string[] Skills = ["soldadura", "electricidad", "plomería", "inglés", "cocina", "manejo de montacargas", "albañilería", "tablaroca", "pintura automotriz", "cuidado de adultos", "costura", "carpintería"];

    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public Random Random => _random;

    /// <summary>A group arriving together (a bus, a flight): adults first, then minors, each accompanied minor pointing at an adult of the group.</summary>
    public IReadOnlyList<Person> Group(int size, DateOnly today)
    {
        lock (_gate)
        {
            var adults = new List<Person>();
            var minors = new List<Person>();
            for (var i = 0; i < size; i++)
            {
                if (_random.NextDouble() < 0.15)
                {
                    minors.Add(MinorUnlocked(today));
                }
                else
                {
                    adults.Add(AdultUnlocked(today));
                }
            }
            if (adults.Count == 0 && minors.Any(m => !m.Unaccompanied))
            {
                adults.Add(AdultUnlocked(today));
                minors.RemoveAt(0);
            }
            var people = new List<Person>(adults);
            foreach (var minor in minors)
            {
                if (minor.Unaccompanied)
                {
                    people.Add(minor);
                    continue;
                }
                var companion = _random.Next(adults.Count);
                people.Add(minor with
                {
                    CompanionIndex = companion,
                    Surnames = adults[_random.Next(adults.Count)].Surnames,
                    Relationship = adults[companion].Sex == "female" ? "mother" : "father",
                });
            }
            return people;
        }
    }

    /// <summary>One person with no companion in the request (the benchmark's hot path); accompanied minors become adults here.</summary>
    public Person Single(DateOnly today)
    {
        lock (_gate)
        {
            if (_random.NextDouble() < 0.15)
            {
                var minor = MinorUnlocked(today);
                if (minor.Unaccompanied)
                {
                    return minor;
                }
            }
            return AdultUnlocked(today);
        }
    }

    private Person AdultUnlocked(DateOnly today)
    {
        var female = _random.NextDouble() < 0.10;
        var roll = _random.NextDouble();
        var age = roll switch
        {
            < 0.40 => _random.Next(18, 30),
            < 0.80 => _random.Next(30, 45),
            < 0.96 => _random.Next(45, 60),
            _ => _random.Next(60, 78),
        };
        var flags = new List<string>();
        if (female && age < 45 && Chance(0.06))
        {
            flags.Add("pregnancy");
        }

        if (Chance(0.02))
        {
            flags.Add("disability");
        }

        if (Chance(0.03))
        {
            flags.Add("medicalUrgency");
        }

        if (Chance(0.05))
        {
            flags.Add("chronicIllness");
        }

        if (age >= 60)
        {
            flags.Add("olderAdult");
        }

        if (Chance(female ? 0.08 : 0.02))
        {
            flags.Add("violenceVictim");
        }

        if (Chance(0.003))
        {
            flags.Add("traffickingVictim");
        }

        if (Chance(0.003))
        {
            flags.Add("tortureVictim");
        }

        if (Chance(0.06))
        {
            flags.Add("familySeparation");
        }

        if (Chance(0.01))
        {
            flags.Add("lgbtiAtRisk");
        }

        if (age >= 35 && Chance(0.15))
        {
            flags.Add("longTimeAbroad");
        }

        if (Chance(0.04))
        {
            flags.Add("interpreterNeeded");
        }

        return Make(female, age, flags, unaccompanied: false, today);
    }

    private Person MinorUnlocked(DateOnly today)
    {
        var teen = _random.NextDouble() < 0.81;
        var age = teen ? _random.Next(12, 18) : _random.Next(0, 12);
        var unaccompanied = _random.NextDouble() < (teen ? 0.86 : 0.07);
        var female = _random.NextDouble() < (unaccompanied ? 0.15 : 0.45);
        var flags = new List<string>();
        if (unaccompanied)
        {
            flags.Add("unaccompaniedMinor");
        }

        if (unaccompanied && Chance(0.15))
        {
            flags.Add("interpreterNeeded");
        }

        if (Chance(0.02))
        {
            flags.Add("medicalUrgency");
        }

        if (Chance(0.04))
        {
            flags.Add("violenceVictim");
        }

        if (!unaccompanied && age < 6)
        {
            flags.Add("accompaniedYoungChild");
        }

        return Make(female, age, flags, unaccompanied, today);
    }

    private Person Make(bool female, int age, List<string> flags, bool unaccompanied, DateOnly today)
    {
        var given = female ? Pick(FemaleNames) : Pick(MaleNames);
        if (Chance(0.4))
        {
            given += " " + (female ? Pick(FemaleNames) : Pick(MaleNames));
        }
        var surnames = Pick(Surnames) + " " + Pick(Surnames);
        var dob = today.AddYears(-age).AddDays(-_random.Next(1, 360));
        return new Person(given, surnames, female ? "female" : "male", age, Chance(0.6), dob, flags, unaccompanied, null);
    }

    /// <summary>The body of <c>PUT /api/returnees/{id}/assessment</c> for this person.</summary>
    public Dictionary<string, object?> Assessment(Person person)
    {
        lock (_gate)
        {
            var needs = new List<string>();
            var adult = !person.Minor;
            if (person.Minor)
            {
                needs.Add("education");
            }

            if (adult && Chance(0.6))
            {
                needs.Add("employment");
            }

            if (Chance(0.5))
            {
                needs.Add("documents");
            }

            if (Chance(0.2) || person.Vulnerabilities.Contains("medicalUrgency") || person.Vulnerabilities.Contains("pregnancy") || person.Vulnerabilities.Contains("chronicIllness"))
            {
                needs.Add("health");
            }

            if (Chance(0.3))
            {
                needs.Add("shelter");
            }

            if (Chance(0.5))
            {
                needs.Add("transport");
            }

            if (Chance(0.4))
            {
                needs.Add("food");
            }

            if (Chance(0.08) || person.Vulnerabilities.Contains("violenceVictim") || person.Vulnerabilities.Contains("tortureVictim"))
            {
                needs.Add("psychosocial");
            }

            if (Chance(0.05) || person.Vulnerabilities.Contains("traffickingVictim"))
            {
                needs.Add("legalAid");
            }

            if (adult && Chance(0.03))
            {
                needs.Add("entrepreneurship");
            }

            var years = person.Vulnerabilities.Contains("longTimeAbroad") ? _random.Next(20, 36) : _random.Next(0, Math.Max(1, Math.Min(16, person.Age - 10)));
            var documents = new List<string>();
            if (Chance(0.5))
            {
                documents.Add("birthCertificate");
            }

            if (Chance(0.3))
            {
                documents.Add("curp");
            }

            if (adult && Chance(0.2))
            {
                documents.Add("voterId");
            }

            if (Chance(0.15))
            {
                documents.Add("consularId");
            }

            return new Dictionary<string, object?>
            {
                ["educationLevel"] = person.Minor ? "secondary" : Pick(["none", "primary", "primary", "secondary", "secondary", "secondary", "highSchool", "highSchool", "technical", "university"]),
                ["occupation"] = adult ? Pick(Occupations) : null,
                ["skills"] = adult ? Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Pick(Skills)).Distinct().ToArray() : Array.Empty<string>(),
                ["yearsAbroad"] = years,
                ["englishLevel"] = years > 10 ? Pick(["basic", "intermediate", "fluent"]) : Pick(["none", "basic", "basic", "intermediate"]),
                ["documentsHeld"] = documents,
                ["destinationState"] = DestinationUnlocked(),
                ["destinationMunicipality"] = null,
                ["needs"] = needs,
                ["familyInMexico"] = Chance(0.8),
            };
        }
    }

    public string Destination()
    {
        lock (_gate)
        {
            return DestinationUnlocked();
        }
    }

    private string DestinationUnlocked()
    {
        var total = Destinations.Sum(d => d.Weight);
        var roll = _random.Next(total);
        foreach (var (state, weight) in Destinations)
        {
            if ((roll -= weight) < 0)
            {
                return state;
            }
        }
        return Destinations[0].State;
    }

    public double NextDouble()
    {
        lock (_gate)
        {
            return _random.NextDouble();
        }
    }

    public int Next(int min, int max)
    {
        lock (_gate)
        {
            return _random.Next(min, max);
        }
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
