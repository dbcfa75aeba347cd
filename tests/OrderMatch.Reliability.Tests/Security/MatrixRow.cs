using System.Globalization;

namespace OrderMatch.Reliability.Tests.Security;

/// <summary>
/// One row of the authorization matrix: an endpoint (method and route pattern as mapped), the request sent to it, and
/// the status each caller gets, in the order of <see cref="AuthorizationMatrix.Callers"/>.
/// </summary>
public sealed record MatrixRow(string Method, string Pattern, string Path, string? Body, string ContentType, IReadOnlyList<int> Expected)
{
    public string Endpoint => $"{Method} {Pattern}";

    public static MatrixRow Of(string method, string pattern, string path, string expected, string? body = null, string contentType = "application/json") =>
        new(method, pattern, path, body, contentType,
            [.. expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))]);

    public HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(Path, UriKind.Relative));
        if (Body is not null)
        {
            request.Content = new StringContent(Body, System.Text.Encoding.UTF8, ContentType);
        }

        return request;
    }

    public override string ToString() => $"{Method} {Path}";
}
