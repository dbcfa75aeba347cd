using Microsoft.Extensions.Logging;
using OrderMatch.Data.Notifications;
using Polly;
using Polly.Retry;

namespace OrderMatch.Jobs.Notify;

/// <summary>
/// One delivery round: claims due outbox messages, sends each (transient SMTP failures retried at once with exponential
/// backoff through Polly), and records the outcome — sent; pending again after an exponentially growing wait; or failed
/// after the last round or on a permanent refusal.
/// </summary>
/// <remarks>
/// Each message is sent at least once: it stays claimed (sending, with a lease) until marked, and a worker that dies
/// before marking leaves it to be claimed again when the lease ends. It is sent at most once except in one window:
/// the SMTP server accepted it and the worker died (or lost the database) before the sent-marker was written; the
/// re-send then carries the same Message-ID, by which mail clients recognise the repeat. The mark is written right
/// after the server's reply, without cancellation, to keep that window as short as a single database update.
/// </remarks>
public sealed class OutboxDispatcher
{
    private readonly OutboxStore _store;
    private readonly EmailComposer _composer;
    private readonly IMailSender _sender;
    private readonly NotifySettings _settings;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly ResiliencePipeline _smtp;

    public OutboxDispatcher(OutboxStore store, EmailComposer composer, IMailSender sender, NotifySettings settings, ILogger<OutboxDispatcher> logger)
    {
        _store = store;
        _composer = composer;
        _sender = sender;
        _settings = settings;
        _logger = logger;
        var builder = new ResiliencePipelineBuilder();
        if (settings.SendRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(SmtpErrors.IsTransient),
                MaxRetryAttempts = settings.SendRetries,
                Delay = settings.SendRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = args =>
                {
                    Log.SmtpRetry(logger, args.Outcome.Exception, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        _smtp = builder.Build();
    }

    public async Task<DispatchResult> DispatchAsync(CancellationToken cancellationToken = default)
    {
        var claimed = await _store.ClaimAsync(_settings.BatchSize, _settings.Lease, cancellationToken).ConfigureAwait(false);
        int sent = 0, retrying = 0, failed = 0;
        foreach (var message in claimed)
        {
            switch (await DeliverAsync(message, cancellationToken).ConfigureAwait(false))
            {
                case OutboxStatus.Sent: sent++; break;
                case OutboxStatus.Pending: retrying++; break;
                default: failed++; break;
            }
        }

        return new DispatchResult(sent, retrying, failed);
    }

    private async Task<OutboxStatus> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var token = message.ClaimToken!.Value;
        try
        {
            var email = await _composer.ComposeAsync(message, cancellationToken).ConfigureAwait(false);
            await _smtp.ExecuteAsync(async ct => await _sender.SendAsync(email, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && SmtpErrors.IsTransient(e) && message.Attempts < _settings.MaxAttempts)
        {
            var delay = _settings.BackoffAfter(message.Attempts);
            await _store.MarkAttemptFailedAsync(message.Id, token, Describe(e), delay, CancellationToken.None).ConfigureAwait(false);
            Log.WillRetry(_logger, e, message.Id, message.Attempts, delay);
            return OutboxStatus.Pending;
        }
        catch (Exception e) when (e is not OperationCanceledException && (SmtpErrors.IsTransient(e) || IsPermanent(e)))
        {
            await _store.MarkAttemptFailedAsync(message.Id, token, Describe(e), retryAfter: null, CancellationToken.None).ConfigureAwait(false);
            Log.Failed(_logger, e, message.Id, message.Attempts);
            return OutboxStatus.Failed;
        }

        if (!await _store.MarkSentAsync(message.Id, token, CancellationToken.None).ConfigureAwait(false))
        {
            Log.ClaimLost(_logger, message.Id);
        }
        else
        {
            Log.Sent(_logger, message.Id, string.Join(", ", message.Recipients), message.MessageId);
        }

        return OutboxStatus.Sent;
    }

    /// <summary>Refusals no retry can fix: the server's 5xx replies and addresses that are not addresses.</summary>
    private static bool IsPermanent(Exception e) =>
        e is System.Net.Mail.SmtpException or FormatException or ArgumentException;

    private static string Describe(Exception e) =>
        e.InnerException is { } inner ? $"{e.GetType().Name}: {e.Message} ({inner.Message})" : $"{e.GetType().Name}: {e.Message}";
}
