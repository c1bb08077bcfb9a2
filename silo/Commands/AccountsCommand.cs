using Microsoft.Extensions.Configuration;
using Reception.Contracts.Accounts;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Silo.Accounts;
using Reception.Silo.Hosting;

namespace Reception.Silo.Commands;

/// <summary>
/// <c>accounts add-admin --username NAME</c>: creates the first administrator of the built-in issuer, with the
/// password read from standard input (one line). It writes the storage directly, after migrating it, so it works
/// before any silo has started; a running cluster learns the account at its first sign-in. An existing user name is
/// left as it is.
/// </summary>
public static class AccountsCommand
{
    public const string Name = "accounts";
    public const string CreatedBy = "accounts add-admin";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        if (args is not ["add-admin", ..] || UserName(args) is not { } userName)
        {
            output.WriteLine("usage: accounts add-admin --username NAME   (the password is read from standard input)");
            return 2;
        }
        var password = input.ReadLine() ?? "";
        try
        {
            new FieldErrors().UserName("username", userName).Password("password", password, userName).ThrowIfAny();
        }
        catch (ReceptionException refused)
        {
            output.WriteLine($"reception: refused ({refused.Message}). The user name takes letters, digits and . _ - @; the password at least " +
                $"{Limits.MinPasswordLength} characters, not the user name and not a common password.");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where((_, i) => i > 0 && !IsUserNameArgument(args, i)).ToArray())
            .Build();
        try
        {
            var settings = ReceptionSettings.FromConfiguration(configuration);
            await StoragePreparation.PrepareAsync(settings);
            var engine = settings.Storage == StorageMode.Postgres ? DatabaseEngine.Postgres : DatabaseEngine.Sqlite;
            var store = new SqlAccountStore(engine, settings.ConnectionString);
            var now = DateTimeOffset.UtcNow;
            var account = new StoredAccount(userName.Trim(), ActorRole.Administrator, [], [], AccountPasswords.Hash(password), false,
                AccountRules.NewStamp(), 0, null, null, now, CreatedBy, now, CreatedBy);
            var created = await store.InsertAsync(account,
                new AccountEvent(account.UserName, now, CreatedBy, AccountEventKinds.Created, "role administrator"));
            output.WriteLine(created
                ? $"reception: administrator '{account.UserName}' created in {settings.Storage}."
                : $"reception: an account '{account.UserName}' already exists; nothing was changed.");
            return 0;
        }
        catch (ReceptionConfigurationException failure)
        {
            return HostFailure.Report(failure);
        }
    }

    private static string? UserName(string[] args)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--username" && i + 1 < args.Length)
            {
                return args[i + 1];
            }
            if (args[i].StartsWith("--username=", StringComparison.Ordinal))
            {
                return args[i]["--username=".Length..];
            }
        }
        return null;
    }

    private static bool IsUserNameArgument(string[] args, int i) =>
        args[i] == "--username" || args[i].StartsWith("--username=", StringComparison.Ordinal) || args[i - 1] == "--username";
}
