using Microsoft.AspNetCore.Mvc;

namespace OrderMatch.Web.Auth;

/// <summary>The 401 and 403 problem details that the authentication handlers write (no redirects: this is an API).</summary>
public static class AuthProblems
{
    public static Task UnauthorizedAsync(HttpContext context, string detail) =>
        WriteAsync(context, StatusCodes.Status401Unauthorized, "authentication required", detail, "authentication");

    public static Task ForbiddenAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status403Forbidden, "forbidden", "your role may not use this endpoint", "role");

    private static async Task WriteAsync(HttpContext context, int status, string title, string detail, string rule)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["rule"] = rule } },
        });
    }
}
