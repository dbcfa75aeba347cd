namespace OrderMatch.Jobs.Notify;

/// <summary>An email ready to send: addresses, the fixed Message-ID, subject, plain-text and HTML bodies, attachments.</summary>
public sealed record ComposedEmail
{
    public required string From { get; init; }
    public required IReadOnlyList<string> To { get; init; }
    public required string MessageId { get; init; }
    public required string Subject { get; init; }
    public required string Text { get; init; }
    public required string Html { get; init; }
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}
