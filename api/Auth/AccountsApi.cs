using Microsoft.AspNetCore.Http.HttpResults;
using Reception.Contracts.Accounts;
using Reception.Contracts.Shared;
using Reception.Silo.Accounts;

namespace Reception.Api.Auth;

/// <summary>
/// <c>/api/admin/accounts</c>: administrators list, create and change the built-in issuer's stored accounts and read
/// each one's history (mapped only without an external authority). Passwords are checked against
/// <see cref="PasswordPolicy"/> and hashed here; the grain validates the rest and owns the permission.
/// </summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api, AuthSettings settings)
    {
        if (settings.UsesExternalIssuer)
        {
            return api;
        }
        var accounts = api.MapGroup("/admin/accounts").WithTags("Accounts");
        accounts.MapGet("", List).WithName("ListAccounts").WithSummary("Every stored account of the built-in issuer, without passwords (administrators).");
        accounts.MapPost("", Create).WithName("CreateAccount")
            .WithSummary("Creates an account; repeating the same request answers the same account (administrators).");
        accounts.MapPut("/{username}", Change).WithName("ChangeAccount")
            .WithSummary("Changes an account's role, scopes, disabled flag or password; its tokens are refused from the next request (administrators).");
        accounts.MapGet("/{username}/events", Events).WithName("AccountEvents").WithSummary("An account's history: who changed what, when (administrators).");
        return api;
    }

    private static Task<IReadOnlyList<AccountView>> List(HttpContext context, IClusterClient cluster) =>
        Grain(cluster).List(context.Actor());

    private static Task<IReadOnlyList<AccountEvent>> Events(string username, HttpContext context, IClusterClient cluster) =>
        Grain(cluster).Events(context.Actor(), username);

    private static async Task<Created<AccountView>> Create(CreateAccountRequest request, HttpContext context, IClusterClient cluster, AccountDirectory directory)
    {
        var actor = context.Actor();
        actor.RequireAdminister();
        var errors = new FieldErrors().UserName("username", request.Username).Required("role", request.Role)
            .Password("password", request.Password, request.Username);
        NoBlankScopes(errors, request.Points, request.Programs).ThrowIfAny();
        var userName = request.Username!.Trim();
        if (directory.IsBuiltIn(userName))
        {
            throw ReceptionException.Conflict(ProblemCodes.AccountExists, ("username", userName));
        }
        var grain = Grain(cluster);
        if (await grain.Find(userName) is { } existing && SameAccount(existing, request))
        {
            return TypedResults.Created(Location(existing.UserName), existing.View(DateTimeOffset.UtcNow));
        }
        var created = await grain.Create(actor, new NewAccount(userName, request.Role!.Value,
            request.Points ?? [], request.Programs ?? [], AccountPasswords.Hash(request.Password!)));
        return TypedResults.Created(Location(created.UserName), created);
    }

    private static async Task<AccountView> Change(string username, UpdateAccountRequest request, HttpContext context, IClusterClient cluster)
    {
        var actor = context.Actor();
        actor.RequireAdminister();
        NoBlankScopes(new FieldErrors(), request.Points, request.Programs).ThrowIfAny();
        var grain = Grain(cluster);
        var current = await grain.Find(username) ?? throw ReceptionException.NotFound(ProblemCodes.AccountNotFound, ("username", username));
        if (request.Password is not null)
        {
            new FieldErrors().Password("password", request.Password, current.UserName).ThrowIfAny();
        }
        // The same password again (a retried request) is no reset: the tokens it would refuse are still right.
        var reset = request.Password is not null && !AccountPasswords.Verify(current.PasswordHash, request.Password);
        return await grain.Change(actor, current.UserName, new AccountChange(request.Role, request.Points, request.Programs, request.Disabled,
            reset ? AccountPasswords.Hash(request.Password!) : null));
    }

    // A null or blank entry in a list of scopes ("points": [null]) is a field error, not a failure further in.
    private static FieldErrors NoBlankScopes(FieldErrors errors, IReadOnlyList<string>? points, IReadOnlyList<string>? programs) => errors
        .AddIf(points?.Any(string.IsNullOrWhiteSpace) == true, "points", ProblemCodes.Required)
        .AddIf(programs?.Any(string.IsNullOrWhiteSpace) == true, "programs", ProblemCodes.Required);

    private static bool SameAccount(StoredAccount existing, CreateAccountRequest request) =>
        existing.Role == request.Role
        && existing.Points.SequenceEqual(AccountRules.PointCodes(request.Points))
        && existing.Programs.SequenceEqual(AccountRules.ProgramIds(request.Programs))
        && AccountPasswords.Verify(existing.PasswordHash, request.Password!);

    private static string Location(string userName) => $"/api/admin/accounts/{Uri.EscapeDataString(userName)}";

    private static IAccountsGrain Grain(IClusterClient cluster) => cluster.GetGrain<IAccountsGrain>(IAccountsGrain.Key);
}
