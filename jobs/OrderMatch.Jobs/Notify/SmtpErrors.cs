using System.Net.Mail;
using System.Net.Sockets;

namespace OrderMatch.Jobs.Notify;

/// <summary>
/// Which sending failures are worth another attempt: the server unreachable or timing out, connections dropped, and
/// 4xx replies are transient; 5xx replies (mailbox unknown, message refused) and malformed addresses are not.
/// </summary>
public static class SmtpErrors
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        SmtpFailedRecipientsException many => many.InnerExceptions.All(e => IsTransientStatus(e.StatusCode)),
        SmtpFailedRecipientException one => IsTransientStatus(one.StatusCode),
        SmtpException smtp => IsTransientStatus(smtp.StatusCode),
        IOException or SocketException or TimeoutException => true,
        _ => false,
    };

    private static bool IsTransientStatus(SmtpStatusCode status) =>
        status is SmtpStatusCode.GeneralFailure or SmtpStatusCode.ServiceNotAvailable or SmtpStatusCode.MailboxBusy
            or SmtpStatusCode.LocalErrorInProcessing or SmtpStatusCode.InsufficientStorage or SmtpStatusCode.ServiceClosingTransmissionChannel
        || ((int)status is >= 400 and < 500);
}
