using OrderMatch.Data.Notifications;

namespace OrderMatch.Jobs.Notify;

/// <summary>How institutions and coordinators are emailed (configuration section <c>Notifications</c>).</summary>
public sealed record NotifySettings
{
    public const string SectionName = "Notifications";

    public SmtpSettings Smtp { get; init; } = new();

    /// <summary>The From address, optionally with a display name: "OrderMatch &lt;noreply@example.org&gt;".</summary>
    public string Sender { get; init; } = "OrderMatch 培训排期 <noreply@ordermatch.local>";

    /// <summary>Where the web host is reached from outside; accept/decline links start with it.</summary>
    public string PublicBaseUrl { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Base64 key (at least 32 bytes) signing the links; empty: a key generated once and kept in the database.</summary>
    public string? LinkKey { get; init; }

    public TimeSpan LinkLifetime { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Quartz cron (seconds first) of the Notify job that delivers the outbox.</summary>
    public string Cron { get; init; } = "0/5 * * * * ?";

    /// <summary>Messages one run of the Notify job claims.</summary>
    public int BatchSize { get; init; } = 20;

    /// <summary>How long a claimed message belongs to its worker; a crashed worker's message is sent again after it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Delivery rounds before a message is marked failed.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>Wait after the first failed round; it doubles after each further one, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Immediate retries inside one round on a transient SMTP failure (exponential, from <see cref="SendRetryDelay"/>).</summary>
    public int SendRetries { get; init; } = 2;

    public TimeSpan SendRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Every problem with these settings, each naming its setting.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Check(bool ok, string setting, string rule)
        {
            if (!ok)
            {
                problems.Add($"{SectionName}:{setting} {rule}");
            }
        }

        Check(!string.IsNullOrWhiteSpace(Smtp.Host), "Smtp:Host", "must name the SMTP server");
        Check(Smtp.Port is > 0 and < 65536, "Smtp:Port", "must be 1…65535");
        Check(Smtp.Timeout > TimeSpan.Zero, "Smtp:Timeout", "must be positive");
        Check(Smtp.UserName is null == Smtp.Password is null, "Smtp:Password", "and Smtp:UserName must be set together");
        Check(MailAddresses.TryParse(Sender) is not null, nameof(Sender), "must be an email address, e.g. \"OrderMatch <noreply@example.org>\"");
        Check(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https", nameof(PublicBaseUrl),
            "must be an absolute http(s) URL");
        var keyProblem = LinkSigning.Problem(LinkKey);
        Check(keyProblem is null, nameof(LinkKey), keyProblem ?? "");
        Check(LinkLifetime > TimeSpan.Zero, nameof(LinkLifetime), "must be positive");
        Check(BatchSize >= 1, nameof(BatchSize), "must be at least 1");
        Check(Lease > TimeSpan.Zero, nameof(Lease), "must be positive");
        Check(MaxAttempts >= 1, nameof(MaxAttempts), "must be at least 1");
        Check(RetryBaseDelay > TimeSpan.Zero && RetryMaxDelay >= RetryBaseDelay, nameof(RetryBaseDelay),
            "must be positive and not above RetryMaxDelay");
        Check(SendRetries >= 0, nameof(SendRetries), "must not be negative");
        Check(SendRetryDelay >= TimeSpan.Zero, nameof(SendRetryDelay), "must not be negative");
        return problems;
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failed round.</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryBaseDelay.Ticks * factor, RetryMaxDelay.Ticks));
        return delay;
    }
}
