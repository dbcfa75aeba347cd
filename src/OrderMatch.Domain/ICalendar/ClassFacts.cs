using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.ICalendar;

/// <summary>
/// A class as an institution is told about it: course and level, trainer, room and venue with its address, sessions,
/// and the enterprises enrolled with their counts. Built from a scenario so that it can be kept and shown later
/// without the scenario (a cancelled class is described as it was).
/// </summary>
public sealed record ClassFacts
{
    public required string ClassId { get; init; }
    public required string CourseId { get; init; }
    public required string CourseName { get; init; }
    public required int Level { get; init; }
    public required string InstitutionId { get; init; }
    public required string InstitutionName { get; init; }
    public required string TrainerId { get; init; }
    public required string TrainerName { get; init; }
    public required string RoomId { get; init; }
    public required string VenueName { get; init; }
    /// <summary>Where the venue is: its region's name and its coordinates.</summary>
    public required string VenueAddress { get; init; }
    public required IReadOnlyList<Session> Sessions { get; init; }
    public required IReadOnlyList<EnrolledEnterprise> Enrollments { get; init; }

    public int Trainees => Enrollments.Sum(e => e.Trainees);

    public static ClassFacts From(ScenarioIndex index, PlanClass planClass)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(planClass);
        var course = index.Courses.GetValueOrDefault(planClass.Course);
        var institution = index.Institutions.GetValueOrDefault(planClass.Institution);
        var trainer = index.Trainers.GetValueOrDefault(planClass.Trainer);
        var site = index.Rooms.GetValueOrDefault(planClass.Room);
        var venueName = site is null ? planClass.Room : site.Institution?.Name ?? site.Base!.Name;
        var regionName = site is not null && index.Regions.TryGetValue(site.SiteRegion, out var region) ? region.Name : "";
        var address = site is null
            ? ""
            : $"{regionName} ({site.Location.Lat.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)}, "
              + $"{site.Location.Lon.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)})".Trim();
        return new ClassFacts
        {
            ClassId = planClass.Id,
            CourseId = planClass.Course,
            CourseName = course?.OccupationName ?? planClass.Course,
            Level = course?.Level ?? 0,
            InstitutionId = planClass.Institution,
            InstitutionName = institution?.Name ?? planClass.Institution,
            TrainerId = planClass.Trainer,
            TrainerName = trainer?.Name ?? planClass.Trainer,
            RoomId = planClass.Room,
            VenueName = venueName,
            VenueAddress = address,
            Sessions = planClass.Sessions,
            Enrollments = [.. planClass.Enrollments.Select(e =>
            {
                var enterprise = index.Orders.TryGetValue(e.Order, out var order) ? index.Enterprises.GetValueOrDefault(order.Enterprise) : null;
                return new EnrolledEnterprise(e.Order, enterprise?.Id ?? "", enterprise?.Name ?? e.Order, e.Trainees);
            })],
        };
    }
}
