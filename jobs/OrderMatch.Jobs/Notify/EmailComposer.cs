using System.Text;
using OrderMatch.Data.Notifications;
using OrderMatch.Domain.ICalendar;

namespace OrderMatch.Jobs.Notify;

/// <summary>
/// Turns an outbox message into the email sent for it. The same message always gives the same email: links expire
/// <see cref="NotifySettings.LinkLifetime"/> after the message was queued, and DTSTAMP is that moment too. A plan
/// message carries invite.ics (METHOD:REQUEST, new and changed classes) and/or cancel.ics (METHOD:CANCEL).
/// </summary>
public sealed class EmailComposer(NotifySettings settings, LinkSigning signing)
{
    public async Task<ComposedEmail> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Kind == OutboxKind.Decline)
        {
            return new ComposedEmail
            {
                From = settings.Sender, To = message.Recipients, MessageId = message.MessageId,
                Subject = DeclineEmail.Subject(message), Text = DeclineEmail.Text(message), Html = DeclineEmail.Html(message),
            };
        }

        var links = await LinksAsync(message, cancellationToken).ConfigureAwait(false);
        var clock = PeriodClock.Standard;
        return new ComposedEmail
        {
            From = settings.Sender,
            To = message.Recipients,
            MessageId = message.MessageId,
            Subject = PlanEmail.Subject(message),
            Text = PlanEmail.Text(message, clock, links),
            Html = PlanEmail.Html(message, clock, links),
            Attachments = Calendars(message, clock),
        };
    }

    private async Task<Dictionary<string, ClassLinks>> LinksAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var signer = await signing.GetAsync(cancellationToken).ConfigureAwait(false);
        var expires = message.CreatedAt + settings.LinkLifetime;
        var baseUrl = settings.PublicBaseUrl.TrimEnd('/');
        return message.Classes
            .Where(k => k.Change != ClassChange.Cancelled)
            .ToDictionary(k => k.ClassId, k => new ClassLinks(
                $"{baseUrl}/respond/{signer.Create(new LinkClaims(message.Id, k.ClassId, message.Institution!, LinkAction.Accept, expires, k.Nonce))}",
                $"{baseUrl}/respond/{signer.Create(new LinkClaims(message.Id, k.ClassId, message.Institution!, LinkAction.Decline, expires, k.Nonce))}"),
                StringComparer.Ordinal);
    }

    private List<MailAttachment> Calendars(OutboxMessage message, PeriodClock clock)
    {
        var organizer = MailAddresses.TryParse(settings.Sender) is { } from ? new CalendarParty(from.DisplayName is { Length: > 0 } n ? n : from.Address, from.Address) : null;
        var attendee = message.Recipients.Count > 0 ? new CalendarParty(message.Payload.InstitutionName ?? message.Institution ?? "", message.Recipients[0]) : null;
        var attachments = new List<MailAttachment>();
        var invited = message.Classes.Where(k => k.Change != ClassChange.Cancelled && k.Facts.Sessions.Count > 0)
            .Select(k => ClassEvents.From(k.Facts, clock, k.Sequence, cancelled: false, organizer, attendee)).ToList();
        if (invited.Count > 0)
        {
            attachments.Add(Calendar("invite.ics", CalendarMethod.Request, invited, message.CreatedAt));
        }

        var cancelled = message.Classes.Where(k => k.Change == ClassChange.Cancelled && k.Facts.Sessions.Count > 0)
            .Select(k => ClassEvents.From(k.Facts, clock, k.Sequence, cancelled: true, organizer, attendee)).ToList();
        if (cancelled.Count > 0)
        {
            attachments.Add(Calendar("cancel.ics", CalendarMethod.Cancel, cancelled, message.CreatedAt));
        }

        return attachments;
    }

    private static MailAttachment Calendar(string name, CalendarMethod method, IReadOnlyList<CalendarEvent> events, DateTimeOffset stamp) =>
        new(name, $"text/calendar; method={method.ToString().ToUpperInvariant()}; charset=utf-8",
            Encoding.UTF8.GetBytes(CalendarWriter.Write(method, events, stamp)));
}
