using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

public static partial class PlanChecker
{
    // H2: the institution offers the course and its grade is not fail.
    private static void CheckH2InstitutionOffersCourse(CheckContext context)
    {
        foreach (var c in context.Classes)
        {
            if (ScenarioIndex.PriceOf(c.Institution, c.Course.Id) is null)
            {
                context.Report("H2", $"institution {c.Institution.Id} does not offer course {c.Course.Id} (class {c.Id})",
                    c.Institution.Id, c.Course.Id, c.Id);
            }

            if (c.Institution.Grade == Grade.Fail)
            {
                context.Report("H2", $"institution {c.Institution.Id} is graded fail and may not run class {c.Id}", c.Institution.Id, c.Id);
            }
        }
    }

    // H3: the trainer is qualified for the course's occupation at its level, and is shared or belongs to the institution.
    private static void CheckH3TrainerQualified(CheckContext context)
    {
        foreach (var c in context.Classes)
        {
            if (!c.Trainer.IsQualifiedFor(c.Course))
            {
                context.Report("H3", $"trainer {c.Trainer.Id} is not qualified for occupation {c.Course.Occupation} at level "
                    + $"{c.Course.Level} (course {c.Course.Id}, class {c.Id})", c.Trainer.Id, c.Course.Id, c.Id);
            }

            if (!c.Trainer.MayTeachFor(c.Institution.Id))
            {
                context.Report("H3", $"trainer {c.Trainer.Id} belongs to institution {c.Trainer.Institution}, not to "
                    + $"{c.Institution.Id} (class {c.Id})", c.Trainer.Id, c.Institution.Id, c.Id);
            }
        }
    }

    // H4: the room has the course's room type, is the institution's own or a shared base's, and holds the class.
    private static void CheckH4RoomFits(CheckContext context)
    {
        foreach (var c in context.Classes)
        {
            var room = c.Site.Room;
            if (!room.Types.Contains(c.Course.RoomType))
            {
                context.Report("H4", $"room {room.Id} is not a {c.Course.RoomType} (course {c.Course.Id}, class {c.Id})", room.Id, c.Course.Id, c.Id);
            }

            if (!c.Site.UsableBy(c.Institution.Id))
            {
                context.Report("H4", $"room {room.Id} belongs to institution {c.Site.SiteId}, not to {c.Institution.Id} (class {c.Id})",
                    room.Id, c.Institution.Id, c.Id);
            }

            if (room.Capacity < c.Class.Size)
            {
                context.Report("H4", $"room {room.Id} holds {room.Capacity} but class {c.Id} has {c.Class.Size} trainees", room.Id, c.Id);
            }
        }
    }

    // H5: the class size (sum of its enrollments) lies within the course's minSize … maxSize.
    private static void CheckH5ClassSize(CheckContext context)
    {
        foreach (var c in context.Classes)
        {
            var size = c.Class.Size;
            if (size < c.Course.MinSize || size > c.Course.MaxSize)
            {
                context.Report("H5", $"class {c.Id} has {size} trainees, outside {c.Course.MinSize}…{c.Course.MaxSize} of course {c.Course.Id}",
                    c.Id, c.Course.Id);
            }
        }
    }
}
