namespace OrderMatch.Domain.ICalendar;

/// <summary>The UID of a class's calendar event for one institution: the same in every plan and every re-send.</summary>
public static class CalendarUid
{
    public const string Domain = "ordermatch";

    public static string For(string institution, string classId)
    {
        ArgumentException.ThrowIfNullOrEmpty(institution);
        ArgumentException.ThrowIfNullOrEmpty(classId);
        return $"class-{classId}.{institution}@{Domain}";
    }
}
