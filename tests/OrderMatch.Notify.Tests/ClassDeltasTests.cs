using OrderMatch.Data.Notifications;
using OrderMatch.Domain.ICalendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Notify.Tests;

public sealed class ClassDeltasTests
{
    private static ClassFacts Class(string id, string institution = "I001", string room = "R1", string trainer = "T1", int day = 12,
        params EnrolledEnterprise[] enrolled) => new()
    {
        ClassId = id, CourseId = "WELD-2", CourseName = "焊工", Level = 2, InstitutionId = institution, InstitutionName = institution,
        TrainerId = trainer, TrainerName = trainer, RoomId = room, VenueName = "v", VenueAddress = "a",
        Sessions = [new Session(new DateOnly(2026, 1, day), "AM")],
        Enrollments = enrolled.Length > 0 ? enrolled : [new EnrolledEnterprise("O1", "E1", "e", 10)],
    };

    [Fact]
    public void New_changed_and_cancelled_classes_are_told_per_institution_and_unchanged_ones_are_not()
    {
        var before = new[] { Class("K1"), Class("K2"), Class("K3", "I002"), Class("K4", "I002") };
        var after = new[]
        {
            Class("K1"),
            Class("K2", room: "R2", day: 13, enrolled: [new EnrolledEnterprise("O1", "E1", "e", 12)]),
            Class("K4", "I002", trainer: "T9"),
            Class("K5", "I003"),
        };

        var deltas = ClassDeltas.Compare(before, after);

        Assert.Equal(["I001", "I002", "I003"], deltas.Keys);
        Assert.Equal([("K2", ClassChange.Changed)], deltas["I001"].Select(d => (d.Facts.ClassId, d.Change)));
        Assert.Equal([ChangedAspect.Time, ChangedAspect.Room, ChangedAspect.Enrollments], deltas["I001"][0].Changed);
        Assert.Equal([("K4", ClassChange.Changed), ("K3", ClassChange.Cancelled)], deltas["I002"].Select(d => (d.Facts.ClassId, d.Change)));
        Assert.Equal([ChangedAspect.Trainer], deltas["I002"][0].Changed);
        Assert.Equal([("K5", ClassChange.New)], deltas["I003"].Select(d => (d.Facts.ClassId, d.Change)));
    }

    [Fact]
    public void A_class_moving_to_another_institution_is_cancelled_for_one_and_new_for_the_other()
    {
        var deltas = ClassDeltas.Compare([Class("K1", "I001")], [Class("K1", "I002")]);

        Assert.Equal(ClassChange.Cancelled, deltas["I001"].Single().Change);
        Assert.Equal(ClassChange.New, deltas["I002"].Single().Change);
    }

    [Fact]
    public void The_order_of_enrollments_is_no_change()
    {
        var a = new EnrolledEnterprise("O1", "E1", "e", 5);
        var b = new EnrolledEnterprise("O2", "E2", "f", 6);

        Assert.Empty(ClassDeltas.Compare([Class("K1", enrolled: [a, b])], [Class("K1", enrolled: [b, a])]));
    }
}
