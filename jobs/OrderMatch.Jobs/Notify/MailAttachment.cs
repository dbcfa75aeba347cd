namespace OrderMatch.Jobs.Notify;

/// <summary>A file attached to an email: its name, MIME type (with parameters) and content.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
