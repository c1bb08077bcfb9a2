using Reception.Contracts.Catalog;
using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>
/// The demo accounts that exist whenever demo data is seeded: <c>coordinator</c>, <c>administrator</c>, <c>manager-{code}</c> for
/// every demo point and <c>provider-{programId}</c> for every demo program, all with the password
/// <see cref="Password"/>, which is for the embedded demo only.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "reception-demo";

    public static IReadOnlyDictionary<string, Account> All()
    {
        var accounts = new Dictionary<string, Account>(StringComparer.OrdinalIgnoreCase)
        {
            ["coordinator"] = new("coordinator", ActorRole.Coordinator, [], []),
            ["administrator"] = new("administrator", ActorRole.Administrator, [], []),
        };
        foreach (var code in DemoPointCodes())
        {
            accounts[$"manager-{code}"] = new($"manager-{code}", ActorRole.PointManager, [code], []);
        }
        foreach (var id in DemoProgramIds())
        {
            accounts[$"provider-{id}"] = new($"provider-{id}", ActorRole.Provider, [], [id]);
        }
        return accounts;
    }

    private static IEnumerable<string> DemoPointCodes() => DemoCatalog.Points.Select(p => p.Code);

    private static IEnumerable<string> DemoProgramIds() => DemoCatalog.Programs.Select(p => p.Id);
}
