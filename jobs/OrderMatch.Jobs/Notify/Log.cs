using Microsoft.Extensions.Logging;

namespace OrderMatch.Jobs.Notify;

/// <summary>Log events of email notifications.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Outbox message {Id} sent to {Recipients} ({MessageId})")]
    public static partial void Sent(ILogger logger, long id, string recipients, string messageId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Outbox message {Id}: attempt {Attempt} failed; next attempt in {Delay}")]
    public static partial void WillRetry(ILogger logger, Exception exception, long id, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Outbox message {Id} failed after attempt {Attempt}; a coordinator may retry it")]
    public static partial void Failed(ILogger logger, Exception exception, long id, int attempt);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Outbox message {Id} was sent but its claim had passed to another worker")]
    public static partial void ClaimLost(ILogger logger, long id);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "SMTP attempt failed; retrying in {Delay}")]
    public static partial void SmtpRetry(ILogger logger, Exception? exception, TimeSpan delay);
}
