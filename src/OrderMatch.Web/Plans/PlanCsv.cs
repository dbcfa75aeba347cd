using System.Globalization;
using System.Text;
using OrderMatch.Data.Review;

namespace OrderMatch.Web.Plans;

/// <summary>
/// A plan as CSV (RFC 4180), one row per session: class, course, institution, trainer, room, date, period and trainees
/// enrolled, with names beside the ids. UTF-8 with a byte order mark so that spreadsheet programs read Chinese right.
/// </summary>
public static class PlanCsv
{
    private static readonly string[] Header =
        ["class", "course", "courseName", "institution", "institutionName", "trainer", "trainerName", "room", "date", "period", "enrolled"];

    public static byte[] Write(IReadOnlyList<ClassView> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var k in classes)
        {
            foreach (var session in k.Sessions ?? [])
            {
                Line(text, [k.Id, k.Course, k.CourseName, k.Institution, k.InstitutionName, k.Trainer, k.TrainerName, k.Room,
                    session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), session.Period, k.Size.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string?> fields)
    {
        text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    /// <summary>Quotes a field holding a comma, quote or line break, doubling its quotes.</summary>
    private static string Field(string? value)
    {
        value ??= "";
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
