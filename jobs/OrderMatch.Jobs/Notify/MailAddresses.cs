using System.Net.Mail;

namespace OrderMatch.Jobs.Notify;

/// <summary>Parses addresses without exceptions escaping: null when the text is not an address.</summary>
internal static class MailAddresses
{
    public static MailAddress? TryParse(string? text) =>
        !string.IsNullOrWhiteSpace(text) && MailAddress.TryCreate(text, out var address) ? address : null;
}
