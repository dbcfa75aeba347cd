namespace OrderMatch.Domain.ICalendar;

/// <summary>An organizer or attendee: a display name and an email address.</summary>
public sealed record CalendarParty(string Name, string Email);
