using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace OrderMatch.Web.Problems;

/// <summary>
/// Reads a JSON request body so that a malformed one becomes a field error (the JSON path of the bad value, rule
/// <c>json</c> or <c>type</c>) instead of a bare 400.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, FieldErrors Errors)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        if (!request.HasJsonContentType())
        {
            errors.Add("body", "content-type", "the body must be JSON (Content-Type: application/json)");
            return (null, errors);
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
            if (value is null)
            {
                errors.Add("body", "required", "the body must be a JSON object");
            }

            return (value, errors);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            errors.Add(field, field == "body" ? "json" : "type",
                field == "body" ? "the body is not well-formed JSON" : $"{field} has the wrong JSON type or format");
            return (null, errors);
        }
    }

    /// <summary>"$.allowedSlots[2]" → "allowedSlots"; the root → "body".</summary>
    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        var name = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var end = name.IndexOfAny(['.', '[']);
        return end > 0 ? name[..end] : name;
    }
}
