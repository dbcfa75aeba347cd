using System.Globalization;
using OrderMatch.Data.Notifications;
using OrderMatch.Domain.ICalendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Jobs.Notify;

/// <summary>The words notifications use, in Simplified Chinese and English.</summary>
internal static class NoticeText
{
    public static string ChangeZh(ClassChange change) => change switch
    {
        ClassChange.New => "新增",
        ClassChange.Changed => "变更",
        _ => "取消",
    };

    public static string ChangeEn(ClassChange change) => change switch
    {
        ClassChange.New => "New",
        ClassChange.Changed => "Changed",
        _ => "Cancelled",
    };

    public static string AspectZh(string aspect) => aspect switch
    {
        ChangedAspect.Time => "时间",
        ChangedAspect.Room => "教室",
        ChangedAspect.Trainer => "讲师",
        ChangedAspect.Enrollments => "学员",
        _ => aspect,
    };

    public static string PeriodZh(string period) => period switch
    {
        "AM" => "上午",
        "PM" => "下午",
        "EVE" => "晚上",
        _ => period,
    };

    public static string PeriodEn(string period) => period switch
    {
        "AM" => "morning",
        "PM" => "afternoon",
        "EVE" => "evening",
        _ => period,
    };

    private static readonly string[] WeekdaysZh = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    /// <summary>"2026-01-12 周一 上午 08:30–11:30"</summary>
    public static string SessionZh(Session session, PeriodClock clock) =>
        $"{Date(session.Date)} {WeekdaysZh[(int)session.Date.DayOfWeek]} {PeriodZh(session.Period)} {Times(session.Period, clock)}";

    /// <summary>"2026-01-12 Mon morning 08:30–11:30"</summary>
    public static string SessionEn(Session session, PeriodClock clock) =>
        $"{Date(session.Date)} {session.Date.DayOfWeek.ToString()[..3]} {PeriodEn(session.Period)} {Times(session.Period, clock)}";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-01-12 – 2026-02-19" over a class's sessions.</summary>
    public static string Span(ClassFacts facts) =>
        facts.Sessions.Count == 0 ? "" : $"{Date(facts.Sessions.Min(s => s.Date))} – {Date(facts.Sessions.Max(s => s.Date))}";

    private static string Times(string period, PeriodClock clock)
    {
        var (start, end) = clock.TimesOf(period);
        return $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }
}
