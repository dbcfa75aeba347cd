namespace OrderMatch.Web.Hosting;

/// <summary>The web host's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, EventName = "DatabaseUnreachable", Level = LogLevel.Warning,
        Message = "health check: the database does not answer")]
    public static partial void DatabaseUnreachable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4002, EventName = "AccountLocked", Level = LogLevel.Warning,
        Message = "login {Login} locked until {LockedUntil} after too many wrong passwords")]
    public static partial void AccountLocked(ILogger logger, string login, DateTimeOffset lockedUntil);

    [LoggerMessage(EventId = 4003, EventName = "HostRole", Level = LogLevel.Information,
        Message = "OrderMatch host role {Role}")]
    public static partial void HostRole(ILogger logger, HostRole role);

    [LoggerMessage(EventId = 4004, EventName = "DatabaseUnavailable", Level = LogLevel.Warning,
        Message = "{Method} {Path}: the database does not answer ({Reason}); answered 503")]
    public static partial void DatabaseUnavailable(ILogger logger, string method, string path, string reason);
}
