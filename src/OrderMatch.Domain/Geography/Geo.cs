using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Geography;

/// <summary>Great-circle distance as FORMAT.md defines it (haversine, Earth radius 6371.0 km).</summary>
public static class Geo
{
    public const double EarthRadiusKm = 6371.0;

    public static double DistanceKm(Location a, Location b)
    {
        static double Rad(double deg) => deg * Math.PI / 180.0;
        var dLat = Rad(b.Lat - a.Lat);
        var dLon = Rad(b.Lon - a.Lon);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
                + (Math.Cos(Rad(a.Lat)) * Math.Cos(Rad(b.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }
}
