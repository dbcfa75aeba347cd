using OrderMatch.Web.Auth;
using OrderMatch.Web.Institution;
using OrderMatch.Web.Orders;
using OrderMatch.Web.Pins;
using OrderMatch.Web.Plans;
using OrderMatch.Web.Respond;
using OrderMatch.Web.Reference;
using OrderMatch.Web.Runs;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Hosting;

/// <summary>
/// The request pipeline: security headers on every response, problem details for unhandled errors and bare status
/// codes (never a stack trace), authentication, authorization; /health always, the API and the pages where the role serves them.
/// </summary>
public static class OrderMatchPipeline
{
    public static WebApplication UseOrderMatch(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Services.GetRequiredService<HostSettings>();
        Log.HostRole(app.Logger, settings.Role);
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseOrderMatchUi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthApi();
        if (settings.ServesApi)
        {
            app.MapAuthApi();
            app.MapOrdersApi();
            app.MapRunsApi();
            app.MapPlansApi();
            app.MapOutboxApi();
            app.MapRespondApi();
            app.MapPinsApi();
            app.MapInstitutionApi();
            app.MapReferenceApi();
            app.MapOpenApi().AllowAnonymous();
            app.MapOrderMatchUi();
        }

        return app;
    }
}
