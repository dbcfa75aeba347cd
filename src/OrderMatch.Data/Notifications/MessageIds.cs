using System.Text;

namespace OrderMatch.Data.Notifications;

/// <summary>Message-IDs fixed when a message is queued: what it is about plus a random part, unique everywhere.</summary>
public static class MessageIds
{
    public const string Domain = "ordermatch";

    public static string New(OutboxKind kind, long planId, string? subject)
    {
        var text = new StringBuilder("<");
        text.Append(kind == OutboxKind.Plan ? "plan-" : "decline-").Append(planId);
        if (subject is { Length: > 0 })
        {
            text.Append('.');
            foreach (var c in subject)
            {
                text.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_');
            }
        }

        return text.Append('.').Append(Guid.NewGuid().ToString("N")).Append('@').Append(Domain).Append('>').ToString();
    }
}
