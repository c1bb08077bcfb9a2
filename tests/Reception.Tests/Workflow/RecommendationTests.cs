using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;

namespace Reception.Tests.Workflow;

[Collection(WorkflowCollection.Name)]
public sealed class RecommendationTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task Programs_at_the_point_or_destination_are_recommended_and_needs_without_one_are_counted_unmet()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var atPoint = await s.AddProgramAsync(ProgramCategory.Employment);
        var atDestination = await s.AddProgramAsync(ProgramCategory.Employment, points: ["MEX"], states: ["Zacatecas"]);
        var elsewhere = await s.AddProgramAsync(ProgramCategory.Employment, points: ["MEX"], states: ["Yucatán"]);
        var receipt = await s.ArriveAsync();
        var returnee = s.Returnee(receipt.CaseId);

        var assessment = Scenario.Assessment(state: "Zacatecas", needs: [ProgramCategory.Employment, ProgramCategory.Transport]) with
        {
            DocumentsHeld = [DocumentType.Curp],
        };
        var view = await returnee.RecordAssessment(assessment, s.Manager);
        var recommendations = await returnee.GetRecommendations(s.Manager);

        var ids = recommendations.Select(r => r.ProgramId).ToList();
        Assert.Contains(atPoint, ids);
        Assert.Contains(atDestination, ids);
        Assert.DoesNotContain(elsewhere, ids);
        Assert.True(ids.IndexOf(atPoint) < ids.IndexOf(atDestination), "programs at the point come first");
        Assert.Contains("welding", recommendations.Single(r => r.ProgramId == atPoint).Reason);
        Assert.Contains("Zacatecas", recommendations.Single(r => r.ProgramId == atDestination).Reason);

        // Missing identity documents are a need, met at destination by the civil registry (serves every state) ...
        var documents = recommendations.Single(r => r.ProgramId == "registro-civil-actas");
        Assert.Contains("Missing identity documents", documents.Reason);
        // The reason's parts, for clients that word it in their own language.
        Assert.Equal([DocumentType.BirthCertificate, DocumentType.VoterId], documents.MissingDocuments);
        Assert.Equal(["welding", "construction"], recommendations.Single(r => r.ProgramId == atPoint).Skills);
        Assert.True(recommendations.Single(r => r.ProgramId == atPoint).AvailableAtPoint);
        var destination = recommendations.Single(r => r.ProgramId == atDestination);
        Assert.False(destination.AvailableAtPoint);
        Assert.Equal("Zacatecas", destination.DestinationState);
        // ... while no transport program serves this test point or Zacatecas.
        Assert.Equal([ProgramCategory.Transport], view.UnmetNeeds);
        var detail = await s.Point.GetDetail();
        Assert.Equal(new UnmetNeedCount(ProgramCategory.Transport, 1), Assert.Single(detail.UnmetNeeds));

        // A reassessment with the same unmet needs does not count them again.
        await returnee.RecordAssessment(assessment, s.Manager);
        Assert.Equal(1, (await s.Point.GetSummary()).UnmetNeedsToday);
    }

    [Fact]
    public async Task The_demo_catalog_recommends_real_programs_at_tijuana_and_leaves_shelter_unmet_at_ojinaga()
    {
        var manager = Reception.Contracts.Shared.Actor.Manager("manager-OJI", "OJI");
        var returnee = cluster.Grains.GetGrain<IReturneeGrain>(Reception.Contracts.Shared.CaseIds.New());
        await returnee.Register(Scenario.Adult("OJI"), manager);
        var view = await returnee.RecordAssessment(Scenario.Assessment(state: "Chihuahua", needs: [ProgramCategory.Shelter, ProgramCategory.Health]), manager);
        Assert.Contains(ProgramCategory.Shelter, view.UnmetNeeds);
        Assert.Contains((await returnee.GetRecommendations(manager)), r => r.ProgramId == "imss-salud");
    }

    [Fact]
    public async Task Reading_a_case_carries_its_recommendations_in_one_audited_read_and_a_providers_read_carries_none()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var employment = await s.AddProgramAsync(ProgramCategory.Employment);
        var receipt = await s.ArriveAsync();
        var returnee = s.Returnee(receipt.CaseId);
        await returnee.RecordAssessment(Scenario.Assessment(consent: true, needs: [ProgramCategory.Employment]), s.Manager);
        await returnee.Refer(employment, null, s.Manager);

        var view = await returnee.View(s.Manager);
        var provider = await returnee.View(Reception.Contracts.Shared.Actor.Provider("employer", employment));

        Assert.Equal(
            (await returnee.GetRecommendations(s.Manager)).Select(r => r.ProgramId),
            view.Recommendations!.Select(r => r.ProgramId));
        Assert.Contains(employment, view.Recommendations!.Select(r => r.ProgramId));
        Assert.Null(provider.Recommendations);
        var trail = (await s.TrailOfCase(returnee.GetPrimaryKeyString())).Where(a => a.UserName == s.Manager.UserName && a.Action == "viewed").ToList();
        Assert.Equal([null, "recommendations"], trail.Select(a => a.Detail));
    }
}
