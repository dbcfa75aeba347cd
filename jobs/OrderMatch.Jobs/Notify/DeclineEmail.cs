using System.Globalization;
using System.Net;
using System.Text;
using OrderMatch.Data.Notifications;

namespace OrderMatch.Jobs.Notify;

/// <summary>The message to coordinators when an institution declines a class: which class, who, why, and what follows.</summary>
internal static class DeclineEmail
{
    public static string Subject(OutboxMessage message)
    {
        var k = message.Payload.DeclinedClass;
        return $"班级被拒绝：{message.Payload.InstitutionName} 拒绝了班级 {k?.ClassId} / Class {k?.ClassId} declined by {message.Payload.InstitutionName}";
    }

    public static string Text(OutboxMessage message)
    {
        var k = message.Payload.DeclinedClass;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{message.Payload.InstitutionName} 拒绝了已批准计划 #{message.PlanId} 中的班级 {k?.ClassId}（{k?.CourseName}，{k?.CourseId}）。");
        text.AppendLine(CultureInfo.InvariantCulture, $"原因：{message.Payload.Reason}");
        text.AppendLine(CultureInfo.InvariantCulture, $"该班级 {k?.Trainees} 名学员的订单已重新开放，下一次排期运行将重新安排，其他班级尽量保持不变。");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{message.Payload.InstitutionName} declined class {k?.ClassId} ({k?.CourseName}, {k?.CourseId}) of approved plan #{message.PlanId}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Reason: {message.Payload.Reason}");
        text.AppendLine(CultureInfo.InvariantCulture, $"The orders of its {k?.Trainees} trainees are open again; the next planning run places them and keeps the other classes as they are where it can.");
        return text.ToString();
    }

    public static string Html(OutboxMessage message) =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + WebUtility.HtmlEncode(Subject(message))
        + "</title></head><body>"
        + string.Concat(Text(message).Split('\n').Where(l => l.Trim().Length > 0).Select(l => $"<p>{WebUtility.HtmlEncode(l.TrimEnd('\r'))}</p>"))
        + "</body></html>";
}
