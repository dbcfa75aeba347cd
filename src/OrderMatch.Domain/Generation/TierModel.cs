namespace OrderMatch.Domain.Generation;

/// <summary>
/// The real place a tier models: its name, regions, price level, how far trainees and trainers are used to travel,
/// and the size mix of enterprises (micro, small, medium, large).
/// </summary>
internal sealed record TierModel(
    string Name,
    string CityName,
    IReadOnlyList<RegionSeed> Regions,
    double PriceFactor,
    double TravelScale,
    IReadOnlyList<double> SizeMix);
