namespace OrderMatch.Data.Review;

/// <summary>
/// The regions a coordinator acts for; null means every region (admins and coordinators bound to none). A class lies in
/// the region of its institution, an unassigned order in the region of its enterprise.
/// </summary>
public sealed record RegionScope(IReadOnlyList<string>? Regions)
{
    public static RegionScope All { get; } = new((IReadOnlyList<string>?)null);

    public bool IsAll => Regions is null;

    public bool Covers(string? region) => Regions is null || (region is not null && Regions.Contains(region));

    /// <summary>Parameters @allRegions and @regions for SQL conditions.</summary>
    public object Parameters => new { allRegions = Regions is null, regions = Regions?.ToArray() ?? [] };
}
