using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>
/// A database written by the release before the permanent record (Fixtures/release-2026-11) opened by this
/// release: every case, point and program reads as that release answered, except what changed by design (the
/// trail left the view for the event table, <c>version</c>, and referrals gained <c>acceptedAt</c>), and a second
/// start moves nothing.
/// </summary>
public sealed class UpgradeTests
{
    private const string EventsSql = "SELECT sequence, at, actor, role, action, detail, facts FROM reception_case_event WHERE case_id = @id ORDER BY sequence";

    private static string FixtureFolder => Path.Combine(RepositoryPaths.Root, "tests", "Reception.Tests", "Fixtures", "release-2026-11");

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Reception__SeedDemoData"] = "true",
        ["Reception__Auth__SignInFailuresPerMinute"] = "1000",
        ["Logging__LogLevel__Reception.Silo.Upgrade"] = "Information",
    };

    [Fact]
    public async Task Sqlite_database_of_the_previous_release_reads_the_same_after_the_upgrade()
    {
        var dataPath = ReceptionHosts.NewDataFolder();
        var file = Path.Combine(dataPath, "reception.db");
        File.Copy(Path.Combine(FixtureFolder, "reception.db"), file);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        var ports = ReceptionHosts.Ports.Free();
        await AssertUpgradeAsync(
            "expected-sqlite.json", () => ReceptionHosts.StartEmbeddedApi(dataPath, ports, Settings), ports,
            () => new SqliteConnection(connectionString));
    }

    [Fact]
    public async Task Postgres_database_of_the_previous_release_reads_the_same_after_the_upgrade()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("upgrade");
        await RestoreAsync(connectionString, Path.Combine(FixtureFolder, "postgres.sql"));
        var dataPath = ReceptionHosts.NewDataFolder();
        var ports = ReceptionHosts.Ports.Free();
        await AssertUpgradeAsync(
            "expected-postgres.json", () => ReceptionHosts.StartEmbeddedApiOnPostgres(connectionString, dataPath, ports, Settings), ports,
            () => new NpgsqlConnection(connectionString));
    }

    private static async Task AssertUpgradeAsync(string expectedFile, Func<HostProcess> startHost, ReceptionHosts.Ports ports, Func<DbConnection> database)
    {
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(FixtureFolder, expectedFile)))!;
        var cases = expected["cases"]!.AsObject();
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        long eventsAfterFirstRun;
        await using (var first = startHost())
        {
            await first.WaitUntilReadyAsync();
            Assert.Contains(Moved(cases.Count), first.Output, StringComparison.Ordinal);

            foreach (var (name, entry) in cases)
            {
                var caseId = entry!["caseId"]!.GetValue<string>();
                var readBy = entry["readBy"]!.GetValue<string>();
                var view = entry["view"]!;
                var actual = await GetAsync(ports, clients, readBy, $"/api/returnees/{caseId}");
                AssertSameView(name, view, actual);
                var events = await EventsAsync(database, caseId);
                AssertEvents(name, view["audit"]!.AsArray(), readBy, events);
            }

            foreach (var (code, entry) in expected["points"]!.AsObject())
            {
                var actual = await GetAsync(ports, clients, entry!["readBy"]!.GetValue<string>(), $"/api/points/{code}");
                AssertSameFigures($"point {code}", entry["detail"]!, actual,
                    ["code", "name", "city", "state", "kind", "capacity", "timeZoneId", "present", "pendingReferrals", "queueTotal", "notices"], "caseId");
            }

            foreach (var (id, entry) in expected["programs"]!.AsObject())
            {
                var actual = await GetAsync(ports, clients, entry!["readBy"]!.GetValue<string>(), $"/api/programs/{id}");
                AssertSameFigures($"program {id}", entry["detail"]!, actual,
                    ["id", "name", "category", "provider", "points", "destinationStates", "dailyCapacity", "pending", "accepted", "queueTotal"], "referralId");
            }

            eventsAfterFirstRun = await ScalarAsync(database, "SELECT COUNT(*) FROM reception_case_event");
            await first.StopAsync();
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        await using (var second = startHost())
        {
            await second.WaitUntilReadyAsync();
            Assert.Contains(Moved(0), second.Output, StringComparison.Ordinal);
            Assert.Equal(cases.Count, await ScalarAsync(database, "SELECT COUNT(*) FROM reception_case"));
            Assert.Equal(eventsAfterFirstRun, await ScalarAsync(database, "SELECT COUNT(*) FROM reception_case_event"));
            Assert.Equal(cases.Count, await ScalarAsync(database, "SELECT COUNT(*) FROM orleansstorage WHERE graintypestring = 'returnee'"));
        }
    }

    /// <summary>The view as the previous release answered it, less its trail and version and the fields added since; each referral's new <c>acceptedAt</c> is its acceptance in that trail.</summary>
    private static void AssertSameView(string name, JsonNode expectedView, JsonNode actualView)
    {
        var expected = expectedView.DeepClone().AsObject();
        var actual = actualView.DeepClone().AsObject();
        var audit = expected["audit"]!.AsArray();
        foreach (var view in new[] { expected, actual })
        {
            view.Remove("audit");
            view.Remove("version");
        }
        // Fields added since that release (custody, family group…) are not part of what it answered.
        foreach (var added in actual.Select(p => p.Key).Where(key => !expected.ContainsKey(key)).ToList())
        {
            actual.Remove(added);
        }

        var expectedReferralKeys = expected["referrals"]!.AsArray().SelectMany(r => r!.AsObject().Select(p => p.Key)).ToHashSet();
        foreach (var referral in actual["referrals"]!.AsArray())
        {
            // Referral fields added since (the basis of consent…) are left out the same way.
            foreach (var added in referral!.AsObject().Select(p => p.Key).Where(key => key != "acceptedAt" && !expectedReferralKeys.Contains(key)).ToList())
            {
                referral.AsObject().Remove(added);
            }
            var id = referral["referralId"]!.GetValue<string>();
            var accepted = audit.LastOrDefault(e => e!["action"]!.GetValue<string>() == "referral accepted" && e["facts"]?["referral"]?.GetValue<string>() == id);
            Assert.True(Time(referral["acceptedAt"]) == Time(accepted?["at"]), $"{name}: referral {id} acceptedAt {referral["acceptedAt"]} is not its acceptance {accepted?["at"]}");
            referral.AsObject().Remove("acceptedAt");
        }

        Assert.True(JsonNode.DeepEquals(expected, actual), $"{name}: view differs\nexpected {expected.ToJsonString()}\nactual   {actual.ToJsonString()}");
    }

    /// <summary>The trail of the previous release as events 1..n, then the read this test made.</summary>
    private static void AssertEvents(string name, JsonArray audit, string readBy, IReadOnlyList<Event> events)
    {
        Assert.True(audit.Count + 1 == events.Count, $"{name}: {audit.Count} audit entries and this test's read, but {events.Count} events");
        for (var i = 0; i < audit.Count; i++)
        {
            var entry = audit[i]!;
            var actual = events[i];
            var at = Time(entry["at"])!.Value;
            Assert.Equal(i + 1, actual.Sequence);
            // The engines store times at micro- (PostgreSQL) or millisecond (the record's SQLite text) precision.
            Assert.True((at - actual.At).Duration() < TimeSpan.FromMilliseconds(1), $"{name} #{i + 1}: at {actual.At:O}, expected {at:O}");
            Assert.Equal(entry["userName"]!.GetValue<string>(), actual.Actor);
            Assert.Equal(entry["role"]!.GetValue<string>(), actual.Role);
            Assert.Equal(entry["action"]!.GetValue<string>(), actual.Action);
            Assert.Equal(entry["detail"]?.GetValue<string>(), actual.Detail);
            var facts = actual.Facts is null ? null : JsonNode.Parse(actual.Facts);
            Assert.True(JsonNode.DeepEquals(entry["facts"], facts), $"{name} #{i + 1}: facts {actual.Facts}, expected {entry["facts"]?.ToJsonString()}");
        }

        var read = events[^1];
        Assert.Equal((audit.Count + 1, readBy, "viewed"), (read.Sequence, read.Actor, read.Action));
    }

    /// <summary>The named figures that do not depend on the clock, and the queue entry by entry without its waits.</summary>
    private static void AssertSameFigures(string what, JsonNode expected, JsonNode actual, string[] fields, string queueKey)
    {
        foreach (var field in fields)
        {
            Assert.True(JsonNode.DeepEquals(expected[field], actual[field]), $"{what}: {field} is {actual[field]?.ToJsonString()}, expected {expected[field]?.ToJsonString()}");
        }

        var expectedQueue = Queue(expected, queueKey);
        var actualQueue = Queue(actual, queueKey);
        Assert.Equal(expectedQueue.Keys.Order(StringComparer.Ordinal), actualQueue.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, entry) in expectedQueue)
        {
            // Fields added since that release (family group, custody…) are not part of what it answered.
            var current = actualQueue[key].AsObject();
            foreach (var added in current.Select(p => p.Key).Where(k => !entry.AsObject().ContainsKey(k)).ToList())
            {
                current.Remove(added);
            }
            Assert.True(JsonNode.DeepEquals(entry, actualQueue[key]), $"{what}: queue entry {key} is {actualQueue[key].ToJsonString()}, expected {entry.ToJsonString()}");
        }
    }

    private static Dictionary<string, JsonNode> Queue(JsonNode detail, string key) =>
        detail["queue"]!.AsArray().Select(e =>
        {
            var entry = e!.DeepClone().AsObject();
            entry.Remove("waitingSeconds");
            return (JsonNode)entry;
        }).ToDictionary(e => e[key]!.GetValue<string>(), StringComparer.Ordinal);

    private static string Moved(int count) => $"Record upgrade: moved {count} legacy case(s)";

    private static DateTimeOffset? Time(JsonNode? node) =>
        node is null ? null : DateTimeOffset.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);

    private static async Task<JsonNode> GetAsync(ReceptionHosts.Ports ports, Dictionary<string, HttpClient> clients, string account, string path)
    {
        if (!clients.TryGetValue(account, out var client))
        {
            client = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.TokenAsync(ports.BaseUrl, account));
            clients[account] = client;
        }

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} as {account}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    private sealed record Event(long Sequence, DateTimeOffset At, string Actor, string Role, string Action, string? Detail, string? Facts);

    private static async Task<IReadOnlyList<Event>> EventsAsync(Func<DbConnection> database, string caseId)
    {
        await using var connection = database();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = EventsSql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = caseId;
        command.Parameters.Add(parameter);
        var events = new List<Event>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var at = reader.GetValue(1) switch
            {
                DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
                DateTimeOffset offset => offset,
                var text => DateTimeOffset.Parse((string)text, CultureInfo.InvariantCulture),
            };
            events.Add(new Event(
                Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), at, reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }
        return events;
    }

    private static async Task<long> ScalarAsync(Func<DbConnection> database, string sql)
    {
        await using var connection = database();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Restores a plain pg_dump with psql; pg_dump's <c>\restrict</c> guard lines are left out so older clients accept the file.</summary>
    private static async Task RestoreAsync(string connectionString, string dump)
    {
        var script = Path.Combine(ReceptionHosts.NewDataFolder(), "restore.sql");
        await File.WriteAllLinesAsync(script, (await File.ReadAllLinesAsync(dump))
            .Where(line => !line.StartsWith("\\restrict", StringComparison.Ordinal) && !line.StartsWith("\\unrestrict", StringComparison.Ordinal)));
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(Psql())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", target.Host!, "-p", target.Port.ToString(CultureInfo.InvariantCulture), "-U", target.Username!, "-d", target.Database!, "-f", script })
        {
            info.ArgumentList.Add(argument);
        }

        using var psql = Process.Start(info)!;
        var output = psql.StandardOutput.ReadToEndAsync();
        var errors = psql.StandardError.ReadToEndAsync();
        await psql.WaitForExitAsync();
        Assert.True(psql.ExitCode == 0, $"psql exited with {psql.ExitCode}: {await errors}{await output}");
    }

    private static string Psql()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(configured))
        {
            candidates.Add(Path.Combine(configured, "psql"));
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var version) ? version : 0)
                .Select(dir => Path.Combine(dir, "bin", "psql")));
        }

        return candidates.FirstOrDefault(File.Exists) ?? "psql";
    }
}
