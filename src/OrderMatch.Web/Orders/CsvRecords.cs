using System.Text;

namespace OrderMatch.Web.Orders;

/// <summary>
/// Splits RFC 4180 CSV text into records: fields separated by commas, optionally quoted with doubled quotes inside,
/// line breaks inside quotes kept, CRLF or LF between records. Each record carries the line it starts on (1-based).
/// </summary>
public static class CsvRecords
{
    /// <summary>The records, or null when a quoted field never closes (<paramref name="unclosedAt"/> is its line).</summary>
    public static IReadOnlyList<(int Line, string[] Fields)>? Parse(string text, out int unclosedAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        unclosedAt = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                unclosedAt = line;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add((start, [.. fields]));
                fields.Clear();
                start = ++line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((start, [.. fields]));
        }

        return [.. records.Where(r => r.Item2.Any(f => f.Length > 0))];
    }
}
