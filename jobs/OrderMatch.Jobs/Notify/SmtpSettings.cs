namespace OrderMatch.Jobs.Notify;

/// <summary>The SMTP server notifications go through (section <c>Notifications:Smtp</c>).</summary>
public sealed record SmtpSettings
{
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 1025;

    /// <summary>Upgrade the connection with STARTTLS before sending.</summary>
    public bool StartTls { get; init; }

    /// <summary>Sign in with these credentials when set.</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
