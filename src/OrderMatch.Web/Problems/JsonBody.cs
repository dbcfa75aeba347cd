using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace OrderMatch.Web.Problems;

/// <summary>
/// Reads a JSON request body so that a malformed one becomes a field error (the JSON path of the bad value, rule
/// <c>json</c> or <c>type</c>; rule <c>encoding</c> for bytes that are not UTF-8) instead of a bare 400 or a 500.
/// </summary>
public static class JsonBody
{
    /// <summary>A key given twice is malformed JSON rather than "the last one wins" (or, in a JsonObject, a crash).</summary>
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

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
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.StartsWith(System.Text.Encoding.UTF8.Preamble))
        {
            bytes = bytes[System.Text.Encoding.UTF8.Preamble.Length..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            errors.Add("body", "encoding", "the body is not valid UTF-8 (RFC 8259 JSON is UTF-8)");
            return (null, errors);
        }

        try
        {
            using (JsonDocument.Parse(bytes, Strict))
            {
            }

            var value = JsonSerializer.Deserialize<T>(bytes.Span, options);
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
