using System.Net;
using Microsoft.Data.Sqlite;
using Reception.Silo.Hosting;

namespace Reception.Tests.Api;

/// <summary>
/// A point's detail lists people by name: every read of it, by page or by live-feed subscription, is one entry of
/// the access log (who, when, how many people it listed), read here from the host's own SQLite file.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AccessLogTests(ApiHostFixture api)
{
    // A point no other API test reads.
    private const string Point = "OJI";

    [Fact]
    public async Task Each_read_of_a_point_queue_is_one_access_entry_with_how_many_people_it_listed()
    {
        var user = $"manager-{Point}";
        using var manager = await api.ClientAsync(user);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult("Lucía", $"Ibarra {(char)('A' + i)}"))).Response.StatusCode);
        }
        var before = await EntriesAsync(user);

        var (response, detail) = await manager.GetJsonAsync($"/api/points/{Point}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using (var feed = await api.WatchAsync(user))
        {
            await feed.InvokeAsync("SubscribePoint", Point);
        }

        var added = (await EntriesAsync(user)).Skip(before.Count).ToList();
        Assert.Equal(2, added.Count);
        Assert.All(added, entry => Assert.Equal(("queueListed", $"point:{Point}", "pointManager"), (entry.Action, entry.Subject, entry.Role)));
        Assert.All(added, entry => Assert.Equal(detail.GetProperty("queue").GetArrayLength(), entry.Listed));
        Assert.True(added[0].Listed >= 3);
    }

    [Fact]
    public async Task A_refused_read_is_not_logged_as_an_access()
    {
        using var other = await api.ClientAsync("manager-TIJ");
        var before = await EntriesAsync("manager-TIJ");
        var (response, _) = await other.GetJsonAsync($"/api/points/{Point}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before.Count, (await EntriesAsync("manager-TIJ")).Count);
    }

    private sealed record Entry(string Action, string Subject, string Role, int Listed);

    private async Task<List<Entry>> EntriesAsync(string actor)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(api.DataPath, ReceptionSettings.SqliteFileName)};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT action, subject, role, listed FROM reception_access_log WHERE actor = $actor ORDER BY id";
        command.Parameters.AddWithValue("$actor", actor);
        var entries = new List<Entry>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            entries.Add(new Entry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
        }
        return entries;
    }
}
