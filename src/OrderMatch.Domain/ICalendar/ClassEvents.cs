using System.Globalization;
using System.Text;

namespace OrderMatch.Domain.ICalendar;

/// <summary>Turns a class into its calendar event: one VEVENT with every session of the class.</summary>
public static class ClassEvents
{
    public static CalendarEvent From(ClassFacts facts, PeriodClock clock, int sequence, bool cancelled = false,
        CalendarParty? organizer = null, CalendarParty? attendee = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(clock);
        return new CalendarEvent
        {
            Uid = CalendarUid.For(facts.InstitutionId, facts.ClassId),
            Sequence = sequence,
            Summary = $"{facts.CourseName} {LevelNames.Chinese(facts.Level)} · {facts.CourseId} · {facts.ClassId}",
            Location = $"{facts.VenueName} {facts.RoomId}, {facts.VenueAddress}".TrimEnd(' ', ','),
            Description = Describe(facts),
            Cancelled = cancelled,
            Organizer = organizer,
            Attendees = attendee is null ? [] : [attendee],
            Occurrences = [.. facts.Sessions.Select(clock.Occurrence).OrderBy(o => o.Start)],
        };
    }

    private static string Describe(ClassFacts facts)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"培训班 Class {facts.ClassId}: {facts.CourseName} ({facts.CourseId}), ");
        text.Append(CultureInfo.InvariantCulture, $"{LevelNames.Chinese(facts.Level)} / {LevelNames.English(facts.Level)}\n");
        text.Append(CultureInfo.InvariantCulture, $"培训机构 Institution: {facts.InstitutionName}\n");
        text.Append(CultureInfo.InvariantCulture, $"讲师 Trainer: {facts.TrainerName}\n");
        text.Append(CultureInfo.InvariantCulture, $"教室 Room: {facts.RoomId}, {facts.VenueName} {facts.VenueAddress}\n");
        text.Append(CultureInfo.InvariantCulture, $"课次 Sessions: {facts.Sessions.Count}\n");
        text.Append(CultureInfo.InvariantCulture, $"学员 Trainees: {facts.Trainees}\n");
        foreach (var e in facts.Enrollments)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {e.EnterpriseName} ({e.Order}): {e.Trainees}\n");
        }

        return text.ToString().TrimEnd('\n');
    }
}
