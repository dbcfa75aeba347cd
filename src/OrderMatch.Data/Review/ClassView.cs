using System.Text.Json.Serialization;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Review;

/// <summary>A class of a plan as reviewers read it: its decisions with names, its dates, size and enrollments; sessions in detail only.</summary>
public sealed record ClassView
{
    public required string Id { get; init; }
    public required string Course { get; init; }
    public string? CourseName { get; init; }
    public required string Institution { get; init; }
    public string? InstitutionName { get; init; }
    public string? Region { get; init; }
    public required string Trainer { get; init; }
    public string? TrainerName { get; init; }
    public required string Room { get; init; }
    public required int StartWeek { get; init; }
    public required IReadOnlyList<string> Pattern { get; init; }
    public DateOnly? FirstSession { get; init; }
    public DateOnly? LastSession { get; init; }
    public required int Size { get; init; }
    public required IReadOnlyList<EnrollmentView> Enrollments { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Session>? Sessions { get; init; }

    public static ClassView Of(PlanClass k, PlanPlaces places, bool withSessions)
    {
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(places);
        var institution = places.Institutions.TryGetValue(k.Institution, out var i) ? i : default;
        return new ClassView
        {
            Id = k.Id,
            Course = k.Course,
            CourseName = places.CourseNames.GetValueOrDefault(k.Course),
            Institution = k.Institution,
            InstitutionName = institution.Name,
            Region = institution.Region,
            Trainer = k.Trainer,
            TrainerName = places.TrainerNames.GetValueOrDefault(k.Trainer),
            Room = k.Room,
            StartWeek = k.StartWeek,
            Pattern = k.Pattern,
            FirstSession = k.Sessions.Count == 0 ? null : k.Sessions.Min(s => s.Date),
            LastSession = k.Sessions.Count == 0 ? null : k.Sessions.Max(s => s.Date),
            Size = k.Size,
            Enrollments = [.. k.Enrollments.Select(e => places.Orders.TryGetValue(e.Order, out var o)
                ? new EnrollmentView(e.Order, o.Enterprise, o.EnterpriseName, e.Trainees)
                : new EnrollmentView(e.Order, null, null, e.Trainees))],
            Sessions = withSessions ? k.Sessions : null,
        };
    }
}
