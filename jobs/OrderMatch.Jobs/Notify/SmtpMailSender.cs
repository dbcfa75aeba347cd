using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace OrderMatch.Jobs.Notify;

/// <summary>
/// Sends through SMTP with System.Net.Mail: multipart/alternative text and HTML (UTF-8), attachments, the outbox's
/// Message-ID, STARTTLS and credentials as configured. One connection per message.
/// </summary>
public sealed class SmtpMailSender(SmtpSettings settings) : IMailSender
{
    public async Task SendAsync(ComposedEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        using var message = ToMessage(email);
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.StartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)settings.Timeout.TotalMilliseconds,
        };
        if (settings.UserName is { } user)
        {
            client.Credentials = new NetworkCredential(user, settings.Password);
        }

        await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
    }

    public static MailMessage ToMessage(ComposedEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var message = new MailMessage
        {
            From = new MailAddress(email.From),
            Subject = email.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        try
        {
            foreach (var to in email.To)
            {
                message.To.Add(new MailAddress(to));
            }

            message.Headers.Add("Message-ID", email.MessageId);
            message.AlternateViews.Add(View(email.Text, MediaTypeNames.Text.Plain));
            message.AlternateViews.Add(View(email.Html, MediaTypeNames.Text.Html));
            foreach (var file in email.Attachments)
            {
                var attachment = new Attachment(new MemoryStream(file.Content), new ContentType(file.ContentType))
                {
                    TransferEncoding = TransferEncoding.Base64,
                };
                attachment.ContentDisposition!.FileName = file.FileName;
                message.Attachments.Add(attachment);
            }

            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    private static AlternateView View(string content, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(content, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.Base64;
        return view;
    }
}
