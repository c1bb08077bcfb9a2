using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Reception.Contracts.Shared;
using Reception.Tests.Api;

namespace Reception.Tests.Accounts;

/// <summary>
/// Administrators create and change the built-in issuer's accounts through the API; each change that makes a token
/// untrue (disabling, scopes, password) refuses that token on the very next REST request and hub call.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AccountsApiTests(ApiHostFixture api)
{
    private const string Password = "una-clave-larga-2026";
    private const string OtherPassword = "otra-clave-distinta-77";

    private AccountSession Session => new(api.Ports.BaseUrl);

    [Fact]
    public async Task An_administrator_creates_a_manager_and_a_provider_who_each_sign_in_with_their_scopes()
    {
        using var admin = await api.ClientAsync("administrator");
        var manager = Unique("gerente");
        var provider = Unique("proveedor");

        var (created, body) = await admin.PostJsonAsync("/api/admin/accounts", new { username = manager, password = Password, role = "pointManager", points = new[] { "tij", "MXL" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["MXL", "TIJ"], body.GetProperty("points").EnumerateArray().Select(p => p.GetString()));
        var (createdProvider, _) = await admin.PostJsonAsync("/api/admin/accounts", new { username = provider, password = Password, role = "provider", programs = new[] { "imss-salud" } });
        Assert.Equal(HttpStatusCode.Created, createdProvider.StatusCode);

        using var asManager = Session.Client(await Session.TokenAsync(manager.ToUpperInvariant(), Password));
        var (_, me) = await asManager.GetJsonAsync("/api/auth/me");
        Assert.Equal("pointManager", me.Text("role"));
        Assert.Equal(["MXL", "TIJ"], me.GetProperty("points").EnumerateArray().Select(p => p.GetString()));
        using var asProvider = Session.Client(await Session.TokenAsync(provider, Password));
        var (_, providerMe) = await asProvider.GetJsonAsync("/api/auth/me");
        Assert.Equal(["imss-salud"], providerMe.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));

        var (_, list) = await admin.GetJsonAsync("/api/admin/accounts");
        var listed = list.EnumerateArray().Single(a => a.Text("userName") == manager);
        Assert.False(listed.TryGetProperty("passwordHash", out _));
        Assert.DoesNotContain("AQAAAA", list.GetRawText(), StringComparison.Ordinal);
        var (_, events) = await admin.GetJsonAsync($"/api/admin/accounts/{manager}/events");
        var first = Assert.Single(events.EnumerateArray());
        Assert.Equal("created", first.Text("kind"));
        Assert.Equal("administrator", first.Text("by"));
        Assert.DoesNotContain(Password, events.GetRawText(), StringComparison.Ordinal);

        // The same request again (a retry) answers the same account; a different one under the same name is a conflict.
        var (again, _) = await admin.PostJsonAsync("/api/admin/accounts", new { username = manager, password = Password, role = "pointManager", points = new[] { "TIJ", "MXL" } });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var (conflict, problem) = await admin.PostJsonAsync("/api/admin/accounts", new { username = manager.ToUpperInvariant(), password = Password, role = "coordinator" });
        HttpJson.AssertProblem(conflict, problem, 409);
        Assert.Equal(ProblemCodes.AccountExists, problem.Text("code"));
    }

    [Fact]
    public async Task Accounts_are_validated_and_only_administrators_manage_them()
    {
        using var admin = await api.ClientAsync("administrator");
        var name = Unique("mal");
        var (weak, weakProblem) = await admin.PostJsonAsync("/api/admin/accounts", new { username = name, password = "corta", role = "coordinator" });
        HttpJson.AssertProblem(weak, weakProblem, 400);
        Assert.Equal(ProblemCodes.PasswordTooShort, FieldCode(weakProblem, "password"));
        var (same, sameProblem) = await admin.PostJsonAsync("/api/admin/accounts", new { username = "coordinadora-general", password = "coordinadora-general", role = "coordinator" });
        Assert.Equal(ProblemCodes.PasswordIsUserName, FieldCode(sameProblem, "password"));
        var (common, commonProblem) = await admin.PostJsonAsync("/api/admin/accounts", new { username = name, password = "password1234", role = "coordinator" });
        Assert.Equal(ProblemCodes.PasswordTooCommon, FieldCode(commonProblem, "password"));
        var (noPoint, noPointProblem) = await admin.PostJsonAsync("/api/admin/accounts", new { username = name, password = Password, role = "pointManager" });
        Assert.Equal(ProblemCodes.ManagerNeedsPoint, FieldCode(noPointProblem, "points"));
        var (unknown, unknownProblem) = await admin.PostJsonAsync("/api/admin/accounts", new { username = name, password = Password, role = "pointManager", points = new[] { "ZZZ" } });
        Assert.Equal(ProblemCodes.PointNotFound, FieldCode(unknownProblem, "points"));
        var (noProgram, noProgramProblem) = await admin.PostJsonAsync("/api/admin/accounts", new { username = name, password = Password, role = "provider", programs = new[] { "no-existe" } });
        Assert.Equal(ProblemCodes.ProgramNotFound, FieldCode(noProgramProblem, "programs"));
        var (demo, demoProblem) = await admin.PostJsonAsync("/api/admin/accounts", new { username = "coordinator", password = Password, role = "coordinator" });
        Assert.Equal(ProblemCodes.AccountExists, demoProblem.Text("code"));
        Assert.All([weak, same, common, noPoint, unknown, noProgram], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, demo.StatusCode);

        using var coordinator = await api.ClientAsync("coordinator");
        var (refused, refusedProblem) = await coordinator.PostJsonAsync("/api/admin/accounts", new { username = name, password = Password, role = "coordinator" });
        HttpJson.AssertProblem(refused, refusedProblem, 403);
        var (listRefused, _) = await coordinator.GetJsonAsync("/api/admin/accounts");
        Assert.Equal(HttpStatusCode.Forbidden, listRefused.StatusCode);
        // Nothing was created by any refused request.
        var (_, list) = await admin.GetJsonAsync("/api/admin/accounts");
        Assert.DoesNotContain(list.EnumerateArray(), a => a.Text("userName") == name);
    }

    [Fact]
    public async Task Disabling_refuses_the_accounts_token_on_the_next_request_and_hub_call_and_its_sign_in()
    {
        using var admin = await api.ClientAsync("administrator");
        var name = await CreateAsync(admin, "pointManager", points: ["NOG"]);
        var token = await Session.TokenAsync(name, Password);
        using var client = Session.Client(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("/api/points/NOG")).Response.StatusCode);
        var (hub, closed) = await Session.ConnectAsync(token);
        await using var _ = hub;
        await hub.InvokeAsync<JsonElement>("SubscribePoint", "NOG");

        var (disabled, view) = await admin.PutJsonAsync($"/api/admin/accounts/{name}", new { disabled = true });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True(view.GetProperty("disabled").GetBoolean());

        var (refused, problem) = await client.GetJsonAsync("/api/points/NOG");
        HttpJson.AssertProblem(refused, problem, 401);
        Assert.Equal(ProblemCodes.SignInAgain, problem.Text("code"));
        await closed.WaitAsync(TimeSpan.FromSeconds(10));
        await using var reopened = Session.Hub(token);
        await Assert.ThrowsAnyAsync<Exception>(() => reopened.StartAsync());
        var (signIn, signInProblem) = await Session.SignInAsync(name, Password);
        HttpJson.AssertProblem(signIn, signInProblem, 401);
        Assert.Equal(ProblemCodes.AccountDisabled, signInProblem.Text("code"));

        await admin.PutJsonAsync($"/api/admin/accounts/{name}", new { disabled = false });
        using var again = Session.Client(await Session.TokenAsync(name, Password));
        Assert.Equal(HttpStatusCode.OK, (await again.GetJsonAsync("/api/points/NOG")).Response.StatusCode);
        var (_, events) = await admin.GetJsonAsync($"/api/admin/accounts/{name}/events");
        Assert.Equal(["created", "disabled", "enabled"], events.EnumerateArray().Select(e => e.Text("kind")));
    }

    [Fact]
    public async Task A_scope_change_refuses_the_old_token_on_rest_and_the_hub_and_a_new_one_carries_the_new_scopes()
    {
        using var admin = await api.ClientAsync("administrator");
        var name = await CreateAsync(admin, "pointManager", points: ["SLR"]);
        var token = await Session.TokenAsync(name, Password);
        using var client = Session.Client(token);
        var (hub, _) = await Session.ConnectAsync(token);
        await using var connection = hub;

        var (changed, _) = await admin.PutJsonAsync($"/api/admin/accounts/{name}", new { points = new[] { "CJS" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var (refused, problem) = await client.GetJsonAsync("/api/auth/me");
        HttpJson.AssertProblem(refused, problem, 401);
        Assert.Equal(ProblemCodes.SignInAgain, problem.Text("code"));
        var hubRefusal = await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeAsync<JsonElement>("SubscribePoint", "SLR"));
        Assert.DoesNotContain("pointUpdated", hubRefusal.Message, StringComparison.Ordinal);

        using var fresh = Session.Client(await Session.TokenAsync(name, Password));
        var (_, me) = await fresh.GetJsonAsync("/api/auth/me");
        Assert.Equal(["CJS"], me.GetProperty("points").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_password_reset_refuses_the_old_token_and_the_old_password()
    {
        using var admin = await api.ClientAsync("administrator");
        var name = await CreateAsync(admin, "coordinator");
        var token = await Session.TokenAsync(name, Password);
        using var client = Session.Client(token);
        var (hub, closed) = await Session.ConnectAsync(token);
        await using var _ = hub;

        var (weak, weakProblem) = await admin.PutJsonAsync($"/api/admin/accounts/{name}", new { password = "123456789012" });
        Assert.Equal(ProblemCodes.PasswordTooCommon, FieldCode(weakProblem, "password"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("/api/auth/me")).Response.StatusCode);

        var (reset, _) = await admin.PutJsonAsync($"/api/admin/accounts/{name}", new { password = OtherPassword });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var (refused, problem) = await client.GetJsonAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(ProblemCodes.SignInAgain, problem.Text("code"));
        await closed.WaitAsync(TimeSpan.FromSeconds(10));
        var (old, oldProblem) = await Session.SignInAsync(name, Password);
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        Assert.Equal(ProblemCodes.BadCredentials, oldProblem.Text("code"));
        using var fresh = Session.Client(await Session.TokenAsync(name, OtherPassword));
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetJsonAsync("/api/auth/me")).Response.StatusCode);

        // The same password again is no change: the fresh token stays good.
        await admin.PutJsonAsync($"/api/admin/accounts/{name}", new { password = OtherPassword });
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetJsonAsync("/api/auth/me")).Response.StatusCode);
        var (_, events) = await admin.GetJsonAsync($"/api/admin/accounts/{name}/events");
        Assert.Equal(["created", "passwordReset"], events.EnumerateArray().Select(e => e.Text("kind")));
        Assert.DoesNotContain(OtherPassword, events.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_its_tokens_and_the_right_password_until_a_reset()
    {
        using var admin = await api.ClientAsync("administrator");
        var name = await CreateAsync(admin, "provider", programs: ["imss-salud"]);
        var token = await Session.TokenAsync(name, Password);
        using var client = Session.Client(token);
        var (hub, closed) = await Session.ConnectAsync(token);
        await using var _ = hub;

        var statuses = new List<int>();
        for (var attempt = 0; attempt < Limits.LockoutFailures; attempt++)
        {
            statuses.Add((int)(await Session.SignInAsync(name, "no-es-la-clave-" + attempt)).Response.StatusCode);
        }
        Assert.Equal([.. Enumerable.Repeat(401, Limits.LockoutFailures - 1), 429], statuses);

        var (locked, lockedProblem) = await Session.SignInAsync(name, Password);
        HttpJson.AssertProblem(locked, lockedProblem, 429);
        Assert.Equal(ProblemCodes.AccountLockedOut, lockedProblem.Text("code"));
        Assert.True(int.Parse(locked.Headers.RetryAfter!.ToString()) > (Limits.LockoutMinutes - 1) * 60);
        var (refused, problem) = await client.GetJsonAsync("/api/auth/me");
        HttpJson.AssertProblem(refused, problem, 401);
        Assert.Equal(ProblemCodes.AccountLockedOut, problem.Text("code"));
        await closed.WaitAsync(TimeSpan.FromSeconds(10));
        var (_, view) = await admin.GetJsonAsync("/api/admin/accounts");
        Assert.NotEqual(JsonValueKind.Null, view.EnumerateArray().Single(a => a.Text("userName") == name).GetProperty("lockedUntil").ValueKind);

        // An administrator's password reset lets the person back in.
        await admin.PutJsonAsync($"/api/admin/accounts/{name}", new { password = OtherPassword });
        using var fresh = Session.Client(await Session.TokenAsync(name, OtherPassword));
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetJsonAsync("/api/auth/me")).Response.StatusCode);
        var (_, events) = await admin.GetJsonAsync($"/api/admin/accounts/{name}/events");
        Assert.Equal(["created", "lockedOut", "passwordReset"], events.EnumerateArray().Select(e => e.Text("kind")));
    }

    [Fact]
    public async Task A_success_clears_the_count_of_failures()
    {
        using var admin = await api.ClientAsync("administrator");
        var name = await CreateAsync(admin, "coordinator");
        for (var round = 0; round < 2; round++)
        {
            for (var attempt = 0; attempt < Limits.LockoutFailures - 1; attempt++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await Session.SignInAsync(name, "equivocada-" + attempt)).Response.StatusCode);
            }
            Assert.Equal(HttpStatusCode.OK, (await Session.SignInAsync(name, Password)).Response.StatusCode);
        }
    }

    private static async Task<string> CreateAsync(HttpClient admin, string role, string[]? points = null, string[]? programs = null)
    {
        var name = Unique(role);
        var (response, body) = await admin.PostJsonAsync("/api/admin/accounts", new { username = name, password = Password, role, points, programs });
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return name;
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    private static string FieldCode(JsonElement problem, string field) =>
        problem.GetProperty("fields").GetProperty(field)[0].GetProperty("code").GetString()!;
}
