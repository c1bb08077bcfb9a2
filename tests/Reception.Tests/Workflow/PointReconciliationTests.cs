using Microsoft.Data.Sqlite;
using Orleans.Core.Internal;
using Reception.Grains.Reconciliation;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Workflow;

/// <summary>A point whose stored state lost a person finds the difference with the record, repairs it, logs and counts it.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class PointReconciliationTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task A_person_deleted_from_the_points_stored_state_is_restored_from_the_record_and_counted()
    {
        using var drift = new ReconciliationDrift();
        var s = await new Scenario(cluster).WithPointAsync();
        await s.ArriveAsync();
        var lost = await s.ArriveAsync();
        Assert.Equal(2, (await s.Point.GetSummary()).Present);

        // Corrupt the aggregate where it is stored: the person's entry row goes, and the point is loaded again.
        await using (var connection = new SqliteConnection(WorkflowCluster.RecordConnectionString))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM reception_grain_state_entry WHERE state_name = 'point' AND entry_key = @key";
            delete.Parameters.AddWithValue("@key", $"present/{lost.CaseId}");
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }
        await s.Point.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Scenario.Eventually(async () => (await s.Point.GetSummary()).Present == 1, "the point loads without the person");

        // The first check that sees the difference only notes it (it may be in flight); a later one repairs it.
        var reconciliation = s.Point.Cast<IReconciliation>();
        var repairs = 0;
        for (var check = 0; check < 3 && (await s.Point.GetSummary()).Present != 2; check++)
        {
            repairs += await reconciliation.ReconcileNow();
        }

        var summary = await s.Point.GetSummary();
        Assert.Equal(2, summary.Present);
        Assert.Equal(2, summary.ArrivedToday);
        Assert.Equal(1, repairs);
        Assert.Equal([("point", "missing")], drift.Repairs.ToArray());
        Assert.Equal(0, await reconciliation.ReconcileNow());
        Assert.Contains((await s.Point.GetDetail()).Queue, q => q.CaseId == lost.CaseId);
    }
}
