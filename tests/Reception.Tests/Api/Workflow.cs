namespace Reception.Tests.Api;

/// <summary>Request bodies the API tests send.</summary>
public static class Workflow
{
    public static object Adult(string givenNames = "María", string surnames = "Hernández Cruz") =>
        new { givenNames, surnames, sex = "female", estimatedAge = 34, transport = "bus" };

    public static object Assessment(bool consent, string[]? needs = null) => new
    {
        educationLevel = "secondary",
        occupation = "Construction worker",
        skills = new[] { "carpentry", "drywall" },
        yearsAbroad = 12,
        englishLevel = "intermediate",
        documentsHeld = new[] { "consularId" },
        destinationState = "Michoacán",
        destinationMunicipality = "Morelia",
        needs = needs ?? ["health", "employment"],
        consentToShare = consent,
    };
}
