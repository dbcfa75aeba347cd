using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// A real district or prefecture: approximate centre, how far its places spread (km), its economic weight
/// (how many institutions, bases, enterprises it gets), its alliance and subsidy scope, and its leading industries.
/// </summary>
internal sealed record RegionSeed(
    string Name,
    string ShortName,
    double Lat,
    double Lon,
    double SpreadKm,
    double Weight,
    string? Alliance,
    SubsidyScope Scope,
    IReadOnlyList<string> Industries)
{
    public Location Centre => new(Lat, Lon);
}
