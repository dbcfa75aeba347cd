using System.Globalization;
using System.Net;
using System.Text;
using OrderMatch.Data.Notifications;
using OrderMatch.Domain.ICalendar;

namespace OrderMatch.Jobs.Notify;

/// <summary>
/// The body of a plan message to an institution, in Chinese then English: per class the change, course and level,
/// dates and periods of every session, trainer, room and address, enterprises enrolled with their counts, and the
/// accept and decline links (not for cancelled classes).
/// </summary>
internal static class PlanEmail
{
    public static string Subject(OutboxMessage message)
    {
        var name = message.Payload.InstitutionName ?? message.Institution;
        var count = message.Classes.Count;
        return $"培训排期通知：{name} 有 {count} 个班级需要确认 / Training schedule: {count} class{(count == 1 ? "" : "es")} for {name} (plan #{message.PlanId})";
    }

    public static string Text(OutboxMessage message, PeriodClock clock, IReadOnlyDictionary<string, ClassLinks> links)
    {
        var name = message.Payload.InstitutionName ?? message.Institution;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{name}：");
        text.AppendLine(CultureInfo.InvariantCulture, $"培训计划 #{message.PlanId} 已批准。以下班级与贵机构相关，请逐一确认或拒绝（拒绝时请说明原因）。日历邀请见附件。");
        text.AppendLine();
        foreach (var k in message.Classes)
        {
            var f = k.Facts;
            text.AppendLine(CultureInfo.InvariantCulture, $"[{NoticeText.ChangeZh(k.Change)}] 班级 {f.ClassId}：{f.CourseName}（{LevelNames.Chinese(f.Level)}，{f.CourseId}）");
            if (k.Changed.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  变更内容：{string.Join("、", k.Changed.Select(NoticeText.AspectZh))}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  日期：{NoticeText.Span(f)}，共 {f.Sessions.Count} 次课");
            foreach (var s in f.Sessions)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {NoticeText.SessionZh(s, clock)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  讲师：{f.TrainerName}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  教室：{f.RoomId}，{f.VenueName}，{f.VenueAddress}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  学员：共 {f.Trainees} 人");
            foreach (var e in f.Enrollments)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {e.EnterpriseName}（订单 {e.Order}）：{e.Trainees} 人");
            }

            if (links.TryGetValue(k.ClassId, out var link))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  接受：{link.Accept}");
                text.AppendLine(CultureInfo.InvariantCulture, $"  拒绝：{link.Decline}");
            }

            text.AppendLine();
        }

        text.AppendLine("----");
        text.AppendLine(CultureInfo.InvariantCulture, $"Dear {name},");
        text.AppendLine(CultureInfo.InvariantCulture, $"training plan #{message.PlanId} has been approved. Please accept or decline each class below (a decline asks for a reason). Calendar invitations are attached.");
        text.AppendLine();
        foreach (var k in message.Classes)
        {
            var f = k.Facts;
            text.AppendLine(CultureInfo.InvariantCulture, $"[{NoticeText.ChangeEn(k.Change)}] Class {f.ClassId}: {f.CourseName} ({LevelNames.English(f.Level)}, {f.CourseId})");
            if (k.Changed.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  Changed: {string.Join(", ", k.Changed)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  Dates: {NoticeText.Span(f)}, {f.Sessions.Count} sessions");
            foreach (var s in f.Sessions)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {NoticeText.SessionEn(s, clock)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  Trainer: {f.TrainerName}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Room: {f.RoomId}, {f.VenueName}, {f.VenueAddress}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Trainees: {f.Trainees}");
            foreach (var e in f.Enrollments)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {e.EnterpriseName} (order {e.Order}): {e.Trainees}");
            }

            if (links.TryGetValue(k.ClassId, out var link))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  Accept: {link.Accept}");
                text.AppendLine(CultureInfo.InvariantCulture, $"  Decline: {link.Decline}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    public static string Html(OutboxMessage message, PeriodClock clock, IReadOnlyDictionary<string, ClassLinks> links)
    {
        var name = message.Payload.InstitutionName ?? message.Institution ?? "";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(Subject(message))).Append("</title></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(name)}：</p><p>培训计划 #{message.PlanId} 已批准。以下班级与贵机构相关，请逐一确认或拒绝。日历邀请见附件。</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p lang=\"en\">Dear {E(name)}, training plan #{message.PlanId} has been approved. Please accept or decline each class below. Calendar invitations are attached.</p>");
        foreach (var k in message.Classes)
        {
            var f = k.Facts;
            html.Append(CultureInfo.InvariantCulture,
                $"<h2>[{NoticeText.ChangeZh(k.Change)} {NoticeText.ChangeEn(k.Change)}] 班级 Class {E(f.ClassId)}：{E(f.CourseName)}（{E(LevelNames.Chinese(f.Level))} / {E(LevelNames.English(f.Level))}，{E(f.CourseId)}）</h2>");
            html.Append("<table>");
            if (k.Changed.Count > 0)
            {
                Row(html, "变更 Changed", string.Join("、", k.Changed.Select(NoticeText.AspectZh)) + " / " + string.Join(", ", k.Changed));
            }

            Row(html, "日期 Dates", $"{NoticeText.Span(f)}（{f.Sessions.Count} 次课 sessions）");
            Row(html, "讲师 Trainer", f.TrainerName);
            Row(html, "教室 Room", $"{f.RoomId}，{f.VenueName}，{f.VenueAddress}");
            Row(html, "学员 Trainees", f.Trainees.ToString(CultureInfo.InvariantCulture));
            html.Append("</table><ul>");
            foreach (var e in f.Enrollments)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(e.EnterpriseName)}（订单 order {E(e.Order)}）：{e.Trainees} 人 trainees</li>");
            }

            html.Append("</ul><ol>");
            foreach (var s in f.Sessions)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(NoticeText.SessionZh(s, clock))} · {E(NoticeText.SessionEn(s, clock))}</li>");
            }

            html.Append("</ol>");
            if (links.TryGetValue(k.ClassId, out var link))
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<p><a href=\"{E(link.Accept)}\">接受 Accept</a> · <a href=\"{E(link.Decline)}\">拒绝 Decline</a></p>");
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th align=\"left\">").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>");

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
}
