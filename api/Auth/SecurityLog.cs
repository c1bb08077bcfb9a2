namespace Reception.Api.Auth;

/// <summary>
/// Security events as structured warnings in the category <c>Reception.Security</c>, which the shipped log level
/// shows: who was refused what, from where. Never a password, a token or a stack trace.
/// </summary>
public static partial class SecurityLog
{
    public const string Category = "Reception.Security";

    [LoggerMessage(1, LogLevel.Warning, "Sign-in failed for user {UserName} from {RemoteAddress}", EventName = "SignInFailed")]
    public static partial void SignInFailed(ILogger logger, string userName, string? remoteAddress);

    [LoggerMessage(2, LogLevel.Warning, "Sign-in locked out for {RemoteAddress}: more than {Limit} failed sign-ins a minute", EventName = "SignInLockedOut")]
    public static partial void SignInLockedOut(ILogger logger, string? remoteAddress, int limit);

    [LoggerMessage(3, LogLevel.Warning, "Request refused with {Status}: {Method} {Path} by {UserName} from {RemoteAddress}", EventName = "RequestRefused")]
    public static partial void RequestRefused(ILogger logger, int status, string method, string path, string? userName, string? remoteAddress);

    [LoggerMessage(4, LogLevel.Warning, "Hub call refused ({Kind}, {Code}): {HubMethod} by {UserName}", EventName = "HubCallRefused")]
    public static partial void HubCallRefused(ILogger logger, string kind, string code, string hubMethod, string? userName);

    [LoggerMessage(5, LogLevel.Information, "Hub connection {ConnectionId} of {UserName} closed: its token expired", EventName = "HubTokenExpired")]
    public static partial void HubTokenExpired(ILogger logger, string connectionId, string? userName);

    [LoggerMessage(6, LogLevel.Warning, "Commands throttled for user {UserName} from {RemoteAddress}: more than {Limit} a minute", EventName = "CommandsThrottled")]
    public static partial void CommandsThrottled(ILogger logger, string userName, string? remoteAddress, int limit);

    [LoggerMessage(7, LogLevel.Warning, "Sign-in refused for user {UserName} from {RemoteAddress}: the account is locked out until {Until}", EventName = "AccountLockedOut")]
    public static partial void AccountLockedOut(ILogger logger, string userName, string? remoteAddress, DateTimeOffset until);

    [LoggerMessage(8, LogLevel.Warning, "Sign-in refused for user {UserName} from {RemoteAddress}: the account is disabled", EventName = "AccountDisabled")]
    public static partial void AccountDisabled(ILogger logger, string userName, string? remoteAddress);

    [LoggerMessage(9, LogLevel.Information, "Hub connection {ConnectionId} of {UserName} closed: the account was disabled, changed or locked out", EventName = "HubAccountChanged")]
    public static partial void HubAccountChanged(ILogger logger, string connectionId, string userName);

    public static ILogger For(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
}
