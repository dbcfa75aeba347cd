namespace OrderMatch.Domain.Model;

/// <summary>A point on Earth in decimal degrees (WGS-84).</summary>
public sealed record Location(double Lat, double Lon);
