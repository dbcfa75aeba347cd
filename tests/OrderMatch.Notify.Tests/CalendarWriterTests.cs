using System.Text;
using OrderMatch.Domain.ICalendar;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Notify.Tests;

public sealed class CalendarWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static CalendarEvent Event(string summary = "焊工", params CalendarOccurrence[] occurrences) => new()
    {
        Uid = CalendarUid.For("I001", "K001"),
        Sequence = 3,
        Summary = summary,
        Occurrences = occurrences.Length > 0 ? occurrences : [new(new DateTime(2026, 1, 12, 8, 30, 0), new DateTime(2026, 1, 12, 11, 30, 0))],
    };

    [Fact]
    public void Every_line_ends_with_CRLF_and_long_Chinese_text_folds_within_75_octets_without_splitting_a_character()
    {
        var summary = string.Concat(Enumerable.Repeat("镇江技师学院焊工培训班，", 12));

        var text = CalendarWriter.Write(CalendarMethod.Request, [Event(summary)], Stamp);
        var calendar = IcsDocument.Parse(text);

        Assert.Equal(summary, IcsDocument.Unescape(calendar.Root.All("VEVENT").Single().Value("SUMMARY")));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
        Assert.Contains("\r\n ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_line_breaks()
    {
        var e = Event() with { Description = "a\\b;c,d\ne" };

        var text = CalendarWriter.Write(CalendarMethod.Publish, [e], Stamp);

        Assert.Contains("DESCRIPTION:a\\\\b\\;c\\,d\\ne\r\n", text, StringComparison.Ordinal);
        Assert.Equal("a\\b;c,d\ne", IcsDocument.Unescape(IcsDocument.Parse(text).Root.All("VEVENT").Single().Value("DESCRIPTION")));
    }

    [Fact]
    public void A_class_is_one_event_whose_sessions_are_DTSTART_and_RDATEs_in_Shanghai_time_with_UID_SEQUENCE_and_METHOD()
    {
        var e = Event("K001", new(new DateTime(2026, 1, 15, 8, 30, 0), new DateTime(2026, 1, 15, 11, 30, 0)),
            new(new DateTime(2026, 1, 12, 8, 30, 0), new DateTime(2026, 1, 12, 11, 30, 0)),
            new(new DateTime(2026, 1, 19, 8, 30, 0), new DateTime(2026, 1, 19, 11, 30, 0)));

        var calendar = IcsDocument.Parse(CalendarWriter.Write(CalendarMethod.Cancel, [e], Stamp)).Root;
        var vevent = calendar.All("VEVENT").Single();

        Assert.Equal("VCALENDAR", calendar.Name);
        Assert.Equal("CANCEL", calendar.Value("METHOD"));
        Assert.Equal("2.0", calendar.Value("VERSION"));
        Assert.Equal("Asia/Shanghai", calendar.All("VTIMEZONE").Single().Value("TZID"));
        Assert.Equal("class-K001.I001@ordermatch", vevent.Value("UID"));
        Assert.Equal("3", vevent.Value("SEQUENCE"));
        Assert.Equal("20260102T030405Z", vevent.Value("DTSTAMP"));
        Assert.Equal("CANCELLED", vevent.Value("STATUS"));
        Assert.Equal("20260112T083000", vevent.Value("DTSTART"));
        Assert.Equal("Asia/Shanghai", vevent.Each("DTSTART").Single().Parameters["TZID"]);
        Assert.Equal("20260112T113000", vevent.Value("DTEND"));
        Assert.Equal(["20260115T083000", "20260119T083000"], vevent.Each("RDATE").SelectMany(r => r.Value.Split(',')));
    }

    [Fact]
    public void Sessions_of_unequal_length_are_RDATE_periods()
    {
        var e = Event("K", new(new DateTime(2026, 1, 12, 8, 30, 0), new DateTime(2026, 1, 12, 11, 30, 0)),
            new(new DateTime(2026, 1, 13, 14, 0, 0), new DateTime(2026, 1, 13, 16, 0, 0)));

        var rdate = IcsDocument.Parse(CalendarWriter.Write(CalendarMethod.Request, [e], Stamp)).Root.All("VEVENT").Single().Each("RDATE").Single();

        Assert.Equal("PERIOD", rdate.Parameters["VALUE"]);
        Assert.Equal("20260113T140000/20260113T160000", rdate.Value);
    }

    [Fact]
    public void A_whole_plan_is_one_published_event_per_class_on_its_session_dates()
    {
        var scenario = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        var plan = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;

        var calendar = IcsDocument.Parse(PlanCalendar.Write(scenario, plan, Stamp)).Root;
        var events = calendar.All("VEVENT").ToList();

        Assert.Equal("PUBLISH", calendar.Value("METHOD"));
        Assert.Equal(plan.Classes.Select(k => CalendarUid.For(k.Institution, k.Id)), events.Select(e => e.Value("UID")));
        foreach (var (k, e) in plan.Classes.Zip(events))
        {
            var starts = new[] { e.Value("DTSTART") }.Concat(e.Each("RDATE").SelectMany(r => r.Value.Split(','))).ToList();
            Assert.Equal(k.Sessions.Select(s => s.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
                + (s.Period == "AM" ? "T083000" : "T140000")), starts);
        }
    }

    [Fact]
    public void Period_clock_gives_fixed_times_to_the_usual_periods_and_blocks_by_position_to_others()
    {
        var clock = new PeriodClock(["MORNING", "NOON", "AM"]);

        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(11, 30)), clock.TimesOf("AM"));
        Assert.Equal((new TimeOnly(18, 30), new TimeOnly(21, 30)), clock.TimesOf("EVE"));
        Assert.Equal((new TimeOnly(12, 30), new TimeOnly(15, 30)), clock.TimesOf("NOON"));
        Assert.Equal(new CalendarOccurrence(new DateTime(2026, 1, 12, 14, 0, 0), new DateTime(2026, 1, 12, 17, 0, 0)),
            clock.Occurrence(new Session(new DateOnly(2026, 1, 12), "PM")));
    }
}
