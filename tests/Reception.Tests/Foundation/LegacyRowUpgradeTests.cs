using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Reception.Contracts.Returnees;
using Reception.Db;
using Reception.Grains.Records;
using Reception.Grains.Returnees;
using Reception.Silo.Storage;
using Reception.Silo.Upgrade;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>
/// The conversion alone, without a host: every case row the previous release wrote (Fixtures/release-2026-11,
/// SQLite) reads with the old provider's serializer and becomes a first write whose events are its trail.
/// </summary>
public sealed class LegacyRowUpgradeTests
{
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(LegacyCases).Assembly).AddAssembly(typeof(AuditEntry).Assembly))
        .AddSingleton<OrleansJsonSerializer>()
        .BuildServiceProvider();

    private static string FixtureFolder => Path.Combine(RepositoryPaths.Root, "tests", "Reception.Tests", "Fixtures", "release-2026-11");

    [Fact]
    public async Task Every_legacy_case_of_the_fixture_converts_to_its_trail_and_rows()
    {
        var file = Path.Combine(ReceptionHosts.NewDataFolder(), "reception.db");
        File.Copy(Path.Combine(FixtureFolder, "reception.db"), file);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        await SchemaMigrator.ApplyAsync(DatabaseEngine.Sqlite, connectionString);
        var rows = new LegacyCaseRows(DatabaseEngine.Sqlite, connectionString, "reception");
        var legacy = BinaryGrainStateSerializer.Create(Services);
        var serializer = Services.GetRequiredService<Serializer>();
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(FixtureFolder, "expected-sqlite.json")))!["cases"]!.AsObject();

        var zones = LegacyCatalog.PointZones(await rows.CatalogAsync(default), legacy);
        var pending = await rows.PendingCasesAsync("", LegacyCaseUpgrade.PageSize, default);

        Assert.Equal("America/Tijuana", zones["TIJ"]);
        Assert.Equal(expected.Count, pending.Count);
        foreach (var (name, entry) in expected)
        {
            var view = entry!["view"]!;
            var caseId = entry["caseId"]!.GetValue<string>();
            var write = LegacyCases.Convert(caseId, pending.Single(r => r.CaseId == caseId).Payload, legacy, serializer, zones)!;
            var audit = view["audit"]!.AsArray();

            Assert.Null(write.ExpectedVersion);
            Assert.Equal(Enumerable.Range(1, audit.Count).Select(i => (long)i), write.Events.Select(e => e.Sequence));
            Assert.Equal(audit.Select(e => (Time(e!["at"]), e["action"]!.GetValue<string>(), e["userName"]!.GetValue<string>())),
                write.Events.Select(e => ((DateTimeOffset?)e.At, e.Action, e.UserName)));
            var state = serializer.Deserialize<ReturneeState>(write.State)!;
            Assert.Empty(state.Audit);
            Assert.Equal(view["version"]!.GetValue<long>(), state.Version);
            Assert.Equal(zones[write.Row.PointCode], state.TimeZoneId);
            Assert.Equal(DateOnly.ParseExact(view["certificateNumber"]!.GetValue<string>().Split('-')[1], "yyyyMMdd", CultureInfo.InvariantCulture), write.Row.ArrivalLocalDate);
            Assert.Equal(view["referrals"]!.AsArray().Select(r => r!["referralId"]!.GetValue<string>()), write.Referrals.Select(r => r.ReferralId));
            foreach (var referral in write.Referrals)
            {
                var accepted = audit.LastOrDefault(e => e!["action"]!.GetValue<string>() == "referral accepted" && e["facts"]?["referral"]?.GetValue<string>() == referral.ReferralId);
                Assert.True(Time(accepted?["at"]) == referral.AcceptedAt, $"{name}: {referral.ReferralId} accepted at {referral.AcceptedAt}");
            }
        }
    }

    private static DateTimeOffset? Time(JsonNode? node) =>
        node is null ? null : DateTimeOffset.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);
}
