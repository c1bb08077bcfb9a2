using Npgsql;
using Reception.Contracts.Points;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>
/// Issue #12: two silo processes on PostgreSQL, a burst of arrivals with idempotency keys and client retries (a
/// client that gives up after a few attempts, as an operator's would), and silos killed with SIGKILL again and
/// again during it. Afterwards every acknowledged arrival reads back, and the point's live figures agree with the
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
        silos[0] = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free(), Settings);
        await silos[0]!.WaitUntilReadyAsync();
        silos[1] = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free(), Settings);
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
            using var stop = new CancellationTokenSource();
            var next = 0;
            var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var key = $"arrival-{Interlocked.Increment(ref next)}";
                    var caseId = CaseIds.FromIdempotencyKey(Code, key);
                    // The client retries with the same key, and gives up after a few attempts.
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        try
                        {
                            var command = new RegisterArrival(Code, "Juan Carlos", $"Pérez {key}", Sex.Male, DateOfBirth: new DateOnly(1985, 3, 14));
                            var receipt = await grains.GetGrain<IReturneeGrain>(caseId).Register(command, manager).WaitAsync(TimeSpan.FromSeconds(10));
                            acknowledged.Add(receipt.CaseId);
                            break;
                        }
                        catch (Exception)
                        {
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
                silos[victim] = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free(), Settings);
                await silos[victim]!.WaitUntilReadyAsync();
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            Assert.NotEmpty(acknowledged);

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
