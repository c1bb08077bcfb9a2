using Npgsql;
using Reception.Contracts.Points;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>
/// Issue #12: two silo processes on PostgreSQL, a burst of arrivals with idempotency keys and client retries (half
/// the clients give up after a few attempts, half after one, as operators' do), and silos killed with SIGKILL
/// again and again during it. A request cut by a kill may have written its case and not delivered it, and a
/// client that gives up never calls that case again. Afterwards every acknowledged arrival reads back, and the point's live figures agree with the
/// records they summarise.
/// </summary>
public sealed class KilledSiloAgreementTests
{
    private const string Code = "KIL";
    private const string TimeZone = "America/Hermosillo";
    private const int Kills = 5;
    private const int Workers = 12;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Reception__Membership__ProbeTimeout"] = "00:00:01",
        ["Reception__Membership__NumMissedProbesLimit"] = "2",
        ["Reception__Membership__NumVotesForDeathDeclaration"] = "1",
        ["Reception__Membership__IAmAliveTablePublishTimeout"] = "00:00:02",
        // Checks often enough for a test to see them; production checks every few minutes.
        ["Reception__Reconciliation__Interval"] = "00:00:03",
        ["Reception__Reconciliation__Grace"] = "00:00:06",
    };

    [Fact]
    public async Task The_point_agrees_with_the_records_after_silos_are_killed_during_a_burst()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("killed");
        var silos = new HostProcess?[2];
        var started = new List<HostProcess>();
        HostProcess Start()
        {
            var silo = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free(), Settings);
            started.Add(silo);
            return silo;
        }
        silos[0] = Start();
        await silos[0]!.WaitUntilReadyAsync();
        silos[1] = Start();
        await silos[1]!.WaitUntilReadyAsync();
        try
        {
            await using var client = await ClusterClientHost.ConnectThroughPostgresAsync(connectionString);
            var grains = client.Client;
            await Eventually.WaitUntilAsync(async () => (await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count == 2, "both silos active");
            await grains.GetGrain<IReceptionPointGrain>(Code).Configure(new PointProfile(
                Code, "Punto de prueba", "Nogales", "Sonora", PointKind.LandCrossing, TimeZone, new PointCapacity(100_000, 50, 5_000)));
            var manager = Actor.Manager($"manager-{Code}", Code);

            var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
            var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
            using var stop = new CancellationTokenSource();
            var next = 0;
            var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var key = $"arrival-{Interlocked.Increment(ref next)}";
                    var caseId = CaseIds.FromIdempotencyKey(Code, key);
                    // Half the clients retry with the same key, and give up after a few attempts; half give up at once.
                    for (var attempt = 0; attempt < (worker % 2 == 0 ? 3 : 1); attempt++)
                    {
                        try
                        {
                            var command = new RegisterArrival(Code, "Juan Carlos", "Pérez López", Sex.Male, DateOfBirth: new DateOnly(1985, 3, 14));
                            var receipt = await grains.GetGrain<IReturneeGrain>(caseId).Register(command, manager).WaitAsync(TimeSpan.FromSeconds(10));
                            acknowledged.Add(receipt.CaseId);
                            break;
                        }
                        catch (Exception e)
                        {
                            failures.Enqueue(e.GetType().Name + ": " + e.Message);
                            await Task.Delay(200);
                        }
                    }
                }
            })).ToList();

            for (var kill = 0; kill < Kills; kill++)
            {
                var victim = kill % 2;
                await Task.Delay(TimeSpan.FromSeconds(3));
                silos[victim]!.Kill();
                await silos[victim]!.DisposeAsync();
                await Task.Delay(TimeSpan.FromSeconds(2));
                silos[victim] = Start();
                await silos[victim]!.WaitUntilReadyAsync();
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            Assert.True(!acknowledged.IsEmpty, $"no arrival acknowledged: {failures.FirstOrDefault()}");

            // Every acknowledged arrival is in the record.
            var recorded = await RecordedAsync(connectionString);
            Assert.All(acknowledged, id => Assert.Contains(id, recorded.Open));

            // The point agrees with the record: present and arrived today (bounded polling, not a timing assertion).
            PointSummary? summary = null;
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline)
            {
                try
                {
                    summary = await grains.GetGrain<IReceptionPointGrain>(Code).GetSummary();
                    if (summary.Present == recorded.Open.Count && summary.ArrivedToday == recorded.ArrivedToday)
                    {
                        break;
                    }
                }
                catch (Exception)
                {
                    // A call routed to a silo just killed fails until the survivor declares it dead.
                }
                await Task.Delay(500);
            }
            Assert.NotNull(summary);
            Assert.Equal(recorded.Open.Count, summary!.Present);
            Assert.Equal(recorded.ArrivedToday, summary.ArrivedToday);

            // And it got there by delivery, not by reconciliation repairing drift.
            ReconciliationDrift.AssertNone([.. started]);
        }
        finally
        {
            foreach (var silo in silos)
            {
                silo?.Kill();
            }
        }
    }

    private static async Task<(HashSet<string> Open, int ArrivedToday)> RecordedAsync(string connectionString)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT case_id, arrival_local_date FROM reception_case WHERE point_code = $1 AND exit_kind IS NULL", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Code });
        var open = new HashSet<string>(StringComparer.Ordinal);
        var arrivedToday = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            open.Add(reader.GetString(0));
            arrivedToday += reader.GetFieldValue<DateOnly>(1) == today ? 1 : 0;
        }
        return (open, arrivedToday);
    }
}
