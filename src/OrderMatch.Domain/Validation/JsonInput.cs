using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace OrderMatch.Domain.Validation;

/// <summary>Turns raw bytes or a file into a <see cref="JsonDocument"/>, reporting encoding and syntax errors with their position.</summary>
internal static class JsonInput
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    public static JsonDocument? Parse(ReadOnlySpan<byte> utf8Json, ProblemList problems)
    {
        // A UTF-8 byte order mark is allowed and skipped.
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (IsBlank(utf8Json))
        {
            problems.Add("$", ValidationRules.Json, "the document is empty; a JSON object was expected");
            return null;
        }

        if (!Utf8.IsValid(utf8Json))
        {
            var offset = FirstInvalidByte(utf8Json);
            var (line, position) = LineAndPosition(utf8Json, offset);
            problems.Add("$", ValidationRules.Encoding,
                $"the document is not valid UTF-8: byte 0x{utf8Json[offset]:X2} at line {line}, position {position} (byte offset {offset}) cannot be decoded; save the file as UTF-8");
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8Json.ToArray(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            problems.Add("$", ValidationRules.Json, Describe(ex));
            return null;
        }
    }

    /// <summary>Reads a file; a missing or unreadable file becomes a problem.</summary>
    public static byte[]? ReadFile(string path, ProblemList problems)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add("$", ValidationRules.File, "no file name was given");
            return null;
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add("$", ValidationRules.File, $"the file \"{path}\" does not exist");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            problems.Add("$", ValidationRules.File, $"the file \"{path}\" cannot be read: {ex.Message}");
        }

        return null;
    }

    public static byte[] ToUtf8(string? json) => json is null ? [] : Encoding.UTF8.GetBytes(json);

    private static string Describe(JsonException ex)
    {
        var reason = ex.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        }

        if (cut >= 0)
        {
            reason = reason[..cut].TrimEnd(' ', '|', '.');
        }

        return ex.LineNumber is { } line && ex.BytePositionInLine is { } position
            ? $"the document is not well-formed JSON at line {line + 1}, position {position + 1}: {reason}"
            : $"the document is not well-formed JSON: {reason}";
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return bytes.Length - 1;
    }

    private static (int Line, int Position) LineAndPosition(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, offset - lineStart + 1);
    }
}
