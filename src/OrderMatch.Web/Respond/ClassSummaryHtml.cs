using System.Globalization;
using System.Text;
using OrderMatch.Domain.ICalendar;

namespace OrderMatch.Web.Respond;

/// <summary>A class described on an answer page: course and level, dates, trainer, room, enrolled enterprises.</summary>
internal static class ClassSummaryHtml
{
    public static string Of(ClassFacts f)
    {
        var html = new StringBuilder("<table>");
        Row(html, "班级 Class", f.ClassId);
        Row(html, "课程 Course", $"{f.CourseName}（{LevelNames.Chinese(f.Level)} / {LevelNames.English(f.Level)}，{f.CourseId}）");
        Row(html, "培训机构 Institution", f.InstitutionName);
        if (f.Sessions.Count > 0)
        {
            var first = f.Sessions.Min(s => s.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var last = f.Sessions.Max(s => s.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Row(html, "日期 Dates", $"{first} – {last}（{f.Sessions.Count} 次课 sessions）");
        }

        Row(html, "讲师 Trainer", f.TrainerName);
        Row(html, "教室 Room", $"{f.RoomId}，{f.VenueName}，{f.VenueAddress}");
        Row(html, "学员 Trainees", string.Join("；", f.Enrollments.Select(e => $"{e.EnterpriseName} {e.Trainees}")));
        return html.Append("</table>").ToString();
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th align=\"left\">").Append(RespondPage.E(label)).Append("</th><td>").Append(RespondPage.E(value)).Append("</td></tr>");
}
