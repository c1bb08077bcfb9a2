using Reception.Contracts.Accounts;

namespace Reception.Api.Auth;

/// <summary>
/// Keeps <see cref="AccountStatusCache"/> subscribed to the accounts grain: subscribes at start (retrying until the
/// cluster answers), renews every <see cref="AccountStatuses.RenewalPeriod"/> (a grain drops hosts that stop renewing) and reloads every
/// status when the grain's version is not the one this host last saw (a new activation after a silo failed, a
/// push this host missed).
/// </summary>
public sealed partial class AccountStatusSubscription(
    IGrainFactory grains, AccountStatusCache cache, ILogger<AccountStatusSubscription> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var observer = grains.CreateObjectReference<IAccountsObserver>(cache);
        var accounts = grains.GetGrain<IAccountsGrain>(IAccountsGrain.Key);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var statuses = await accounts.Subscribe(observer);
                if (statuses.Version != cache.Version)
                {
                    cache.Load(statuses);
                }
                await Task.Delay(AccountStatuses.RenewalPeriod, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRenewalFailed(logger, ex.GetType().Name, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Could not subscribe to account changes ({Failure}: {Message}); retrying")]
    private static partial void LogRenewalFailed(ILogger logger, string failure, string message);
}
