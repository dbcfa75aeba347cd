using System.Text;

namespace OrderMatch.Domain.ICalendar;

/// <summary>
/// RFC 5545 §3.1 content lines: text values escaped (§3.3.11), lines folded so that none exceeds 75 octets of UTF-8
/// (a continuation starts with one space; a multi-byte character is never split), every line ended by CRLF.
/// </summary>
internal static class ContentLines
{
    public const int MaxOctets = 75;

    /// <summary>Backslash, semicolon and comma are escaped with a backslash; a line break becomes "\n".</summary>
    public static string EscapeText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case ';': builder.Append("\\;"); break;
                case ',': builder.Append("\\,"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n': builder.Append("\\n"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A parameter value: quoted when it holds ':', ';' or ','; double quotes (not allowed inside) are dropped.</summary>
    public static string ParamValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var clean = value.Replace("\"", "", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
        return clean.AsSpan().IndexOfAny(":;,") >= 0 ? $"\"{clean}\"" : clean;
    }

    /// <summary>Appends one logical line, folded, with CRLF after each physical line.</summary>
    public static void Append(StringBuilder output, string line)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(line);
        var octets = 0;
        var limit = MaxOctets;
        var index = 0;
        while (index < line.Length)
        {
            var width = char.IsHighSurrogate(line[index]) && index + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(index, width));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }

            output.Append(line, index, width);
            octets += size;
            index += width;
        }

        output.Append("\r\n");
    }
}
