namespace Reception.Tests.Api;

/// <summary>Request bodies the API tests send, and the steps many tests share.</summary>
public static class Workflow
{
    /// <summary>The person consents to share their assessment (a manager of the case's point records it).</summary>
    public static async Task ConsentAsync(this HttpClient manager, string caseId, bool given = true)
    {
        var (response, body) = await manager.PutJsonAsync($"/api/returnees/{caseId}/consent/shareAssessment", new { given });
        Assert.True(response.IsSuccessStatusCode, body.ToString());
    }

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
