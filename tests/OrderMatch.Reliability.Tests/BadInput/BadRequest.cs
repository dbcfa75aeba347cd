namespace OrderMatch.Reliability.Tests.BadInput;

/// <summary>One malformed request of the corpus: who sends it, where, with what body, and what makes it bad.</summary>
public sealed record BadRequest(string Caller, string Method, string Path, byte[]? Body, string? ContentType, string Defect)
{
    public HttpRequestMessage Message()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);

            // As curl does for large bodies: a server refusing the body answers before it is sent.
            request.Headers.ExpectContinue = Body.Length > 1024 * 1024;
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return request;
    }

    public override string ToString() => $"{Caller} {Method} {Path} [{Defect}]";
}
