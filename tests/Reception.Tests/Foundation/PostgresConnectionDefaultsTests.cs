using Npgsql;
using Reception.Silo.Hosting;

namespace Reception.Tests.Foundation;

/// <summary>Reception's Npgsql defaults apply only where the operator's connection string is silent.</summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void A_plain_connection_string_gets_no_reset_on_close_and_auto_prepare()
    {
        var applied = new NpgsqlConnectionStringBuilder(
            PostgresConnectionDefaults.Apply("Host=db;Port=5432;Database=reception;Username=reception;Password=secret"));

        Assert.True(applied.NoResetOnClose);
        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal(PostgresConnectionDefaults.AutoPrepareMinUsages, applied.AutoPrepareMinUsages);
        Assert.Equal("db", applied.Host);
        Assert.Equal("secret", applied.Password);
    }

    [Fact]
    public void The_operators_own_choices_are_kept()
    {
        var applied = new NpgsqlConnectionStringBuilder(
            PostgresConnectionDefaults.Apply("Host=db;Database=reception;Username=r;No Reset On Close=false;Max Auto Prepare=0"));

        Assert.False(applied.NoResetOnClose);
        Assert.Equal(0, applied.MaxAutoPrepare);
    }
}
