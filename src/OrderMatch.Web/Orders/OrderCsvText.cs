using System.Text;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Orders;

/// <summary>
/// Reads the text of an order upload: a text/csv body, or the form file "file" of a multipart body. UTF-8 with or
/// without a byte order mark; GBK (GB18030) when the content type says charset=gbk, gb2312 or gb18030.
/// </summary>
public static class OrderCsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static OrderCsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<(string? Text, FieldErrors Errors)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        Stream body;
        string? contentType;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { } file)
            {
                errors.Add("file", "required", "the multipart body must hold the CSV as the form file \"file\"");
                return (null, errors);
            }

            body = file.OpenReadStream();
            contentType = file.ContentType;
        }
        else if (request.ContentType is { } type && (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)))
        {
            body = request.Body;
            contentType = type;
        }
        else
        {
            errors.Add("body", "content-type", "send the orders as text/csv, or as the form file \"file\" of a multipart/form-data body");
            return (null, errors);
        }

        await using (body)
        {
            using var buffer = new MemoryStream();
            await body.CopyToAsync(buffer, cancellationToken);
            return Decode(buffer.ToArray(), contentType, errors);
        }
    }

    private static (string? Text, FieldErrors Errors) Decode(byte[] bytes, string? contentType, FieldErrors errors)
    {
        var charset = Charset(contentType);
        if (charset is "gbk" or "gb2312" or "gb18030")
        {
            return (Encoding.GetEncoding("GB18030").GetString(bytes), errors);
        }

        if (charset is not (null or "utf-8" or "utf8"))
        {
            errors.Add("charset", "encoding", $"charset \"{charset}\" is not supported; send UTF-8, or GBK with charset=gbk");
            return (null, errors);
        }

        var skip = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, skip, bytes.Length - skip), errors);
        }
        catch (DecoderFallbackException)
        {
            errors.Add("body", "encoding", "the CSV is not valid UTF-8; save it as UTF-8, or send GBK with charset=gbk in the content type");
            return (null, errors);
        }
    }

    private static string? Charset(string? contentType) =>
        contentType is not null && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
            ? media.Charset.Value?.Trim('"').ToLowerInvariant()
            : null;
}
