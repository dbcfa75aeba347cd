using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace OrderMatch.Web.Hosting;

/// <summary>
/// Turns failures that are not the server's fault into the right problem instead of a 500: a request the server
/// refuses while reading it (a body over <see cref="RequestLimits.MaxBodyBytes"/> is 413, a malformed one 400), and a
/// database that does not answer (503 with Retry-After: nothing was stored, the client may send the request again).
/// </summary>
public sealed class RequestFailureHandler(IProblemDetailsService problems, ILogger<RequestFailureHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ProblemDetails? problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(StatusCodes.Status413PayloadTooLarge,
                "request body too large", $"the body may hold at most {RequestLimits.MaxBodyBytes / (1024 * 1024)} MiB", "body-size", "body"),
            BadHttpRequestException bad => Problem(bad.StatusCode, "malformed request", bad.Message, "request", "body"),
            _ when IsDatabaseUnavailable(exception) => Problem(StatusCodes.Status503ServiceUnavailable, "database unavailable",
                $"the database does not answer; nothing was stored; try again in {RetryAfterSeconds} s", "database-unavailable", null),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            Log.DatabaseUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path.Value ?? "", exception.Message);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The server is unreachable, restarting or shutting down — not a query that is wrong.</summary>
    public static bool IsDatabaseUnavailable(Exception exception) =>
        exception switch
        {
            PostgresException postgres => postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
            NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
            SocketException => true,
            _ => exception.InnerException is { } inner && IsDatabaseUnavailable(inner),
        };

    private static ProblemDetails Problem(int status, string title, string detail, string rule, string? field)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["rule"] = rule } };
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        return problem;
    }
}
