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
}
