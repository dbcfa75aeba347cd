using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OrderMatch.Data.Orders;
using OrderMatch.Data.Pins;
using OrderMatch.Data.Reference;
using OrderMatch.Data.Review;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Users;
using OrderMatch.Jobs.Hosting;
using OrderMatch.Jobs.Notify;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Scheduling;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Orders;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Hosting;

/// <summary>
/// Registers everything the host needs. Every role gets the data source and a scheduler that can enqueue runs; worker
/// roles also start it (as the CLI's worker does), after WorkerStartup migrated the schema; a web-only host migrates
/// through <see cref="WebStartup"/>.
/// </summary>
public static class OrderMatchServices
{
    public static WebApplicationBuilder AddOrderMatchServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddEnvironmentVariables(HostSettings.EnvironmentPrefix);
        var settings = HostSettings.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(AuthSettings.From(builder.Configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddOrderMatchRequestLimits();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        services.AddOrderMatchPlanning(settings.ConnectionString, settings.Planning);
        services.AddOrderMatchNotifications(OrderMatchConfiguration.Notifications(builder.Configuration));
        if (settings.RunsJobs)
        {
            services.AddOrderMatchWorker(settings.Scheduler);
            services.AddOrderMatchNotifyWorker();
        }
        else
        {
            services.AddHostedService<WebStartup>();
            services.AddOrderMatchScheduler(settings.Scheduler);
        }

        services.AddSingleton(sp => new PlanningRuns(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new UserStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new ApiTokenStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new OrderStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new PlanReview(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddScoped<PlanDecisions>();
        services.AddSingleton(sp => new PinStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new ReferenceStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<PasswordSignIn>();
        services.AddOrderMatchAuthentication(builder.Configuration);
        services.AddOpenApi();
        services.AddOrderMatchUi();
        return builder;
    }
}
