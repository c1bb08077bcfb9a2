using Microsoft.Data.Sqlite;
using Orleans.Core.Internal;
using Reception.Contracts.Programs;
using Reception.Grains.Reconciliation;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Workflow;

/// <summary>A program whose stored state lost an active referral finds the difference with the record, repairs it and counts it.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class ProgramReconciliationTests(WorkflowCluster cluster)
{
    [Fact]
    public async Task A_referral_deleted_from_the_programs_stored_state_is_restored_from_the_record_and_counted()
    {
        using var drift = new ReconciliationDrift();
        var s = await new Scenario(cluster).WithPointAsync();
        var programId = await s.AddProgramAsync(ProgramCategory.Shelter);
        var arrival = await s.ArriveConsentingAsync();
        var referral = await s.Returnee(arrival.CaseId).Refer(programId, null, s.Manager);
        var program = s.Program(programId);
        Assert.Equal(1, (await program.GetSummary()).Pending);

        await using (var connection = new SqliteConnection(WorkflowCluster.RecordConnectionString))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM reception_grain_state_entry WHERE state_name = 'program' AND entry_key = @key";
            delete.Parameters.AddWithValue("@key", $"active/{referral.ReferralId}");
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }
        await program.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Scenario.Eventually(async () => (await program.GetSummary()).Pending == 0, "the program loads without the referral");

        var reconciliation = program.Cast<IReconciliation>();
        var repairs = 0;
        for (var check = 0; check < 3 && (await program.GetSummary()).Pending != 1; check++)
        {
            repairs += await reconciliation.ReconcileNow();
        }

        Assert.Equal(1, (await program.GetSummary()).Pending);
        Assert.Equal(1, repairs);
        Assert.Equal([("program", "missing")], drift.Repairs.ToArray());
        Assert.Contains((await program.GetDetail()).Queue, r => r.ReferralId == referral.ReferralId);
    }
}
