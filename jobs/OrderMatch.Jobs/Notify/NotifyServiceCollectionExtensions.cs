using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OrderMatch.Data.Notifications;
using OrderMatch.Data.Plans;

namespace OrderMatch.Jobs.Notify;

/// <summary>
/// Registers email notifications: the outbox writer as an approval participant, the outbox and answers stores, link
/// signing, the composer, the SMTP sender, the dispatcher and the Notify job. Needs the data source
/// (<c>AddOrderMatchPlanning</c>). A worker adds <see cref="AddOrderMatchNotifyWorker"/>.
/// </summary>
public static class NotifyServiceCollectionExtensions
{
    public static IServiceCollection AddOrderMatchNotifications(this IServiceCollection services, NotifySettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join("; ", problems));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton<IApprovalParticipant, OutboxWriter>();
        services.AddSingleton(sp => new OutboxStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new ClassResponses(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new LinkSigning(sp.GetRequiredService<NpgsqlDataSource>(), settings.LinkKey, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<IMailSender>(new SmtpMailSender(settings.Smtp));
        services.AddSingleton<OutboxDispatcher>();
        services.AddTransient<NotifyJob>();
        return services;
    }

    /// <summary>Keeps the Notify job's trigger; call after <c>AddOrderMatchWorker</c>.</summary>
    public static IServiceCollection AddOrderMatchNotifyWorker(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHostedService<NotifyStartup>();
        return services;
    }
}
