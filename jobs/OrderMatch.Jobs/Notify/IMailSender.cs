namespace OrderMatch.Jobs.Notify;

/// <summary>Hands one email to the mail system; throws when it was not accepted.</summary>
public interface IMailSender
{
    Task SendAsync(ComposedEmail email, CancellationToken cancellationToken);
}
