using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using OrderMatch.Data.Audit;
using Npgsql;
using OrderMatch.Web.Hosting;
using OrderMatch.Web.Localization;

namespace OrderMatch.Web.Ui;

/// <summary>
/// The server-rendered UI: Razor Pages with their page authorization, the language chosen per request, the style sheet
/// and script (embedded in the assembly, served under /static without sign-in), and login redirects for pages.
/// </summary>
public static class UiSetup
{
    public const string StaticPath = "/static";

    public static IServiceCollection AddOrderMatchUi(this IServiceCollection services)
    {
        // The pages are compiled into this assembly; a host started from another entry assembly (tests) still finds them.
        services.AddRazorPages().ConfigureApplicationPartManager(parts =>
        {
            var assembly = typeof(UiSetup).Assembly;
            if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });
        services.AddAuthorization(UiPolicies.Configure);
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, UiCookieEvents>();
        services.AddSingleton(sp => new AuditLogReader(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<PlanQueries>();
        services.AddSingleton<OrderSubmission>();
        return services;
    }

    /// <summary>The request's language, and the static files where the host serves pages; goes before authentication.</summary>
    public static IApplicationBuilder UseOrderMatchUi(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ApplicationServices.GetRequiredService<HostSettings>().ServesApi)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = StaticPath,
                FileProvider = new EmbeddedFileProvider(typeof(UiSetup).Assembly, "OrderMatch.Web.wwwroot"),
            });
        }

        app.UseRequestLocalization(UiCultures.Options());
        return app;
    }

    public static IEndpointRouteBuilder MapOrderMatchUi(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        return app;
    }
}
