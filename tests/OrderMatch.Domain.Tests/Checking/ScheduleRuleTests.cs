namespace OrderMatch.Domain.Tests.Checking;

/// <summary>H6–H9, each broken by one minimal edit of the valid tiny plan.</summary>
public class ScheduleRuleTests
{
    [Fact]
    public void H6_session_list_off_the_session_rule_is_rejected()
    {
        var plan = Tiny.Plan().WithClass("K003", c => c with
        {
            Sessions = Tiny.Sessions("2026-01-16 PM", "2026-01-17 AM", "2026-01-23 PM", "2026-01-24 PM"),
        });

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H6"));

        Assert.Equal("class K003 does not follow the session rule: session #4 is 2026-01-24 PM but should be 2026-01-24 AM", violation.Message);
    }

    [Fact]
    public void H6_pattern_slot_an_enrolled_order_does_not_allow_is_rejected()
    {
        // Thu-PM is allowed by CARE-1 but not by O003 (Fri-PM, Sat-AM, Sat-PM); the sessions follow the new pattern.
        var plan = Tiny.Plan().WithClass("K003", c => c with
        {
            Pattern = ["Thu-PM", "Sat-AM"],
            Sessions = Tiny.Sessions("2026-01-15 PM", "2026-01-17 AM", "2026-01-22 PM", "2026-01-24 AM"),
        });

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H6"));

        Assert.Equal("class K003 uses slot Thu-PM, which enrolled order O003 does not allow", violation.Message);
    }

    [Fact]
    public void H6_sessions_skip_closed_dates_and_a_short_horizon_is_reported()
    {
        // Wed 2026-01-14 is closed, so Tue/Wed from week 2 yields only 5 of WELD-2's 6 sessions by the horizon's end.
        var plan = Tiny.Plan().WithClass("K002", c => c with
        {
            Pattern = ["Tue-AM", "Wed-AM"],
            Sessions = Tiny.Sessions("2026-01-13 AM", "2026-01-20 AM", "2026-01-21 AM", "2026-01-27 AM", "2026-01-28 AM"),
        });

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H6"));

        Assert.StartsWith("class K002: the horizon ends before course WELD-2's 6 sessions", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void H7_sessions_before_an_order_earliest_start_are_rejected()
    {
        var plan = Tiny.Plan().WithClass("K002", c => c with
        {
            StartWeek = 1,
            Sessions = Tiny.Sessions("2026-01-05 AM", "2026-01-08 AM", "2026-01-12 AM", "2026-01-15 AM", "2026-01-19 AM", "2026-01-22 AM"),
        });

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H7"));

        Assert.Equal("class K002 meets on 2026-01-05 AM and 2026-01-08 AM, outside order O002's window 2026-01-12…2026-01-31", violation.Message);
    }

    [Fact]
    public void H8_trainer_in_two_classes_at_once_is_rejected()
    {
        var plan = Tiny.Plan().WithClass("K001", c => c with { Trainer = "T004" }).WithClass("K002", c => c with { Trainer = "T004" });

        var violations = Tiny.AssertOnly(Tiny.Check(plan), "H8");

        Assert.Contains(violations, v => v.Message == "trainer T004 has two sessions on 2026-01-22 AM: classes K001 and K002");
        Assert.Contains(violations, v => v.Message == "trainer T004 is unavailable on 2026-01-19 AM but teaches class K001 then");
    }

    [Fact]
    public void H9_room_in_two_classes_at_once_and_during_base_closure_is_rejected()
    {
        var plan = Tiny.Plan().WithClass("K002", c => c with { Room = "B01-C1" });

        var violations = Tiny.AssertOnly(Tiny.Check(plan), "H9");

        Assert.Contains(violations, v => v.Message == "room B01-C1 has two sessions on 2026-01-12 AM: classes K001 and K002");
        Assert.Contains(violations, v => v.Message == "room B01-C1 hosts class K002 on 2026-01-26 AM while base B01 is unavailable");
        Assert.Equal(6, violations.Count);
    }
}
