using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Hosting;

/// <summary>GET /health: 200 when the database answers, 503 problem details when it does not. Open to everyone.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", CheckAsync).AllowAnonymous().WithTags("health");
        return app;
    }

    private static async Task<Results<Ok<HealthStatus>, ProblemHttpResult>> CheckAsync(NpgsqlDataSource dataSource,
        HostSettings settings, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("select 1", cancellationToken: cancellationToken));
        }
        catch (NpgsqlException e)
        {
            Log.DatabaseUnreachable(loggers.CreateLogger(typeof(HealthApi)), e);
            return ProblemResults.Problem(StatusCodes.Status503ServiceUnavailable, "database unreachable",
                "the database does not answer; see the server log", "database");
        }

        return TypedResults.Ok(new HealthStatus("healthy", settings.Role.ToString().ToLowerInvariant()));
    }
}
