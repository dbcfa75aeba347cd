using System.Globalization;
using System.Text;

namespace OrderMatch.Domain.ICalendar;

/// <summary>
/// Writes an RFC 5545 calendar object: VCALENDAR with METHOD, the Asia/Shanghai VTIMEZONE, and one VEVENT per event
/// (UID, DTSTAMP, SEQUENCE, STATUS, first occurrence as DTSTART/DTEND, the others as RDATEs — plain date-times when
/// every occurrence lasts as long as the first, periods otherwise).
/// </summary>
public static class CalendarWriter
{
    public const string ProductId = "-//OrderMatch//Training schedule//ZH";
    private const string LocalFormat = "yyyyMMdd'T'HHmmss";
    private const int MaxRdatesPerLine = 20;

    public static string Write(CalendarMethod method, IReadOnlyList<CalendarEvent> events, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(events);
        var output = new StringBuilder();
        ContentLines.Append(output, "BEGIN:VCALENDAR");
        ContentLines.Append(output, "VERSION:2.0");
        ContentLines.Append(output, $"PRODID:{ProductId}");
        ContentLines.Append(output, "CALSCALE:GREGORIAN");
        ContentLines.Append(output, $"METHOD:{method.ToString().ToUpperInvariant()}");
        AppendTimeZone(output);
        foreach (var calendarEvent in events)
        {
            AppendEvent(output, method, calendarEvent, stamp);
        }

        ContentLines.Append(output, "END:VCALENDAR");
        return output.ToString();
    }

    private static void AppendTimeZone(StringBuilder output)
    {
        // China has kept UTC+8 without daylight saving since 1991: one standard observance covers every class.
        ContentLines.Append(output, "BEGIN:VTIMEZONE");
        ContentLines.Append(output, $"TZID:{PeriodClock.TimeZoneId}");
        ContentLines.Append(output, "BEGIN:STANDARD");
        ContentLines.Append(output, "DTSTART:19700101T000000");
        ContentLines.Append(output, "TZOFFSETFROM:+0800");
        ContentLines.Append(output, "TZOFFSETTO:+0800");
        ContentLines.Append(output, "TZNAME:CST");
        ContentLines.Append(output, "END:STANDARD");
        ContentLines.Append(output, "END:VTIMEZONE");
    }

    private static void AppendEvent(StringBuilder output, CalendarMethod method, CalendarEvent e, DateTimeOffset stamp)
    {
        if (e.Occurrences.Count == 0)
        {
            throw new ArgumentException($"calendar event {e.Uid} has no occurrence", nameof(e));
        }

        var occurrences = e.Occurrences.OrderBy(o => o.Start).ToList();
        var first = occurrences[0];
        var tz = $"TZID={PeriodClock.TimeZoneId}";
        ContentLines.Append(output, "BEGIN:VEVENT");
        ContentLines.Append(output, $"UID:{e.Uid}");
        ContentLines.Append(output, $"DTSTAMP:{stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");
        ContentLines.Append(output, $"SEQUENCE:{e.Sequence.ToString(CultureInfo.InvariantCulture)}");
        ContentLines.Append(output, $"DTSTART;{tz}:{Local(first.Start)}");
        ContentLines.Append(output, $"DTEND;{tz}:{Local(first.End)}");
        AppendRdates(output, occurrences, tz);
        ContentLines.Append(output, $"SUMMARY:{ContentLines.EscapeText(e.Summary)}");
        if (e.Location is { Length: > 0 } location)
        {
            ContentLines.Append(output, $"LOCATION:{ContentLines.EscapeText(location)}");
        }

        if (e.Description is { Length: > 0 } description)
        {
            ContentLines.Append(output, $"DESCRIPTION:{ContentLines.EscapeText(description)}");
        }

        if (e.Organizer is { } organizer)
        {
            ContentLines.Append(output, $"ORGANIZER;CN={ContentLines.ParamValue(organizer.Name)}:mailto:{organizer.Email}");
        }

        foreach (var attendee in e.Attendees)
        {
            ContentLines.Append(output,
                $"ATTENDEE;CN={ContentLines.ParamValue(attendee.Name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{attendee.Email}");
        }

        var cancelled = e.Cancelled || method == CalendarMethod.Cancel;
        ContentLines.Append(output, $"STATUS:{(cancelled ? "CANCELLED" : "CONFIRMED")}");
        ContentLines.Append(output, "TRANSP:OPAQUE");
        ContentLines.Append(output, "END:VEVENT");
    }

    private static void AppendRdates(StringBuilder output, List<CalendarOccurrence> occurrences, string tz)
    {
        if (occurrences.Count == 1)
        {
            return;
        }

        var length = occurrences[0].End - occurrences[0].Start;
        var sameLength = occurrences.All(o => o.End - o.Start == length);
        var values = occurrences.Skip(1)
            .Select(o => sameLength ? Local(o.Start) : $"{Local(o.Start)}/{Local(o.End)}")
            .ToList();
        var prefix = sameLength ? $"RDATE;{tz}:" : $"RDATE;VALUE=PERIOD;{tz}:";
        for (var i = 0; i < values.Count; i += MaxRdatesPerLine)
        {
            ContentLines.Append(output, prefix + string.Join(',', values.Skip(i).Take(MaxRdatesPerLine)));
        }
    }

    private static string Local(DateTime time) => time.ToString(LocalFormat, CultureInfo.InvariantCulture);
}
