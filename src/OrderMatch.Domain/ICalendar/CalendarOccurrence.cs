namespace OrderMatch.Domain.ICalendar;

/// <summary>One occurrence of an event, in the calendar's local time (Asia/Shanghai).</summary>
public sealed record CalendarOccurrence(DateTime Start, DateTime End);
