using Microsoft.AspNetCore.Http.HttpResults;

namespace OrderMatch.Web.Problems;

/// <summary>
/// RFC 7807 problem details as the API writes them: every problem carries <c>rule</c> (a stable kebab-case id) and,
/// where one field is to blame, <c>field</c> (its camelCase JSON name).
/// </summary>
public static class ProblemResults
{
    public static ProblemHttpResult Problem(int status, string title, string detail, string rule, string? field = null)
    {
        var extensions = new Dictionary<string, object?> { ["rule"] = rule };
        if (field is not null)
        {
            extensions["field"] = field;
        }

        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);
    }

    public static ProblemHttpResult NotFound(string entity, string id) =>
        Problem(StatusCodes.Status404NotFound, $"{entity} not found", $"there is no {entity} '{id}' that you may see", "not-found", "id");
}
