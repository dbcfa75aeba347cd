namespace OrderMatch.Domain.ICalendar;

/// <summary>
/// One VEVENT: a class with all its sessions. <see cref="Uid"/> stays the same for the class across plans and re-sends;
/// <see cref="Sequence"/> grows with every notified change. Occurrences are in chronological order; the first is
/// DTSTART/DTEND, the others RDATEs.
/// </summary>
public sealed record CalendarEvent
{
    public required string Uid { get; init; }

    public int Sequence { get; init; }

    public required string Summary { get; init; }

    public string? Description { get; init; }

    public string? Location { get; init; }

    public bool Cancelled { get; init; }

    public CalendarParty? Organizer { get; init; }

    public IReadOnlyList<CalendarParty> Attendees { get; init; } = [];

    public required IReadOnlyList<CalendarOccurrence> Occurrences { get; init; }
}
