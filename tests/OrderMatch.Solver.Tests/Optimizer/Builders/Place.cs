using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Tests.Optimizer.Builders;

/// <summary>
/// Places on the meridian 0°E, given by their distance in km north of the origin, so that the great-circle distance
/// between two places is simply the difference of their kilometres.
/// </summary>
internal static class Place
{
    /// <summary>Kilometres per degree of latitude on the format's sphere (radius 6371.0 km).</summary>
    public const double KmPerDegree = 6371.0 * Math.PI / 180.0;

    public static Location Km(double km) => new(km / KmPerDegree, 0);
}
