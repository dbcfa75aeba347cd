namespace OrderMatch.Data.Review;

/// <summary>
/// What a reviewer needs besides the plan's ids: names of courses, institutions, trainers and enterprises, the region of
/// every institution, and each order's enterprise.
/// </summary>
public sealed record PlanPlaces(
    IReadOnlyDictionary<string, string> CourseNames,
    IReadOnlyDictionary<string, (string Name, string Region)> Institutions,
    IReadOnlyDictionary<string, string> TrainerNames,
    IReadOnlyDictionary<string, OrderPlace> Orders)
{
    public string? InstitutionRegion(string institution) => Institutions.TryGetValue(institution, out var i) ? i.Region : null;

    public string? OrderRegion(string order) => Orders.TryGetValue(order, out var o) ? o.Region : null;
}
