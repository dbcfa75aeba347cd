using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// The generator's only source of randomness: <see cref="Random"/> seeded once and drawn in a fixed order,
/// so the same seed always yields the same scenario.
/// </summary>
internal sealed class SeededRandom(int seed)
{
    private const double KmPerDegree = 111.32;

#pragma warning disable CA5394 // reproducible synthetic data, not security
    private readonly Random _random = new(seed);

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>], both inclusive.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double Uniform(double min, double max) => min + (_random.NextDouble() * (max - min));

    public bool Chance(double probability) => _random.NextDouble() < probability;
#pragma warning restore CA5394

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    public int WeightedIndex(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var x = Uniform(0, total);
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    public T PickWeighted<T>(IReadOnlyList<T> items, Func<T, double> weight) =>
        items[WeightedIndex([.. items.Select(weight)])];

    /// <summary><paramref name="count"/> distinct items, chosen by weight without replacement, in the order drawn.</summary>
    public List<T> SampleWeighted<T>(IReadOnlyList<T> items, int count, Func<T, double> weight)
    {
        var pool = items.ToList();
        var chosen = new List<T>(count);
        while (chosen.Count < count && pool.Count > 0)
        {
            var index = WeightedIndex([.. pool.Select(weight)]);
            chosen.Add(pool[index]);
            pool.RemoveAt(index);
        }

        return chosen;
    }

    /// <summary>A point uniformly inside a disc of <paramref name="radiusKm"/> around <paramref name="centre"/>, to 4 decimals.</summary>
    public Location Near(Location centre, double radiusKm)
    {
        var r = radiusKm * Math.Sqrt(Uniform(0, 1));
        var angle = Uniform(0, 2 * Math.PI);
        var lat = centre.Lat + (r * Math.Cos(angle) / KmPerDegree);
        var lon = centre.Lon + (r * Math.Sin(angle) / (KmPerDegree * Math.Cos(centre.Lat * Math.PI / 180.0)));
        return new Location(Math.Round(lat, 4), Math.Round(lon, 4));
    }

    /// <summary>A trade name (字号) such as "恒达".</summary>
    public string Brand()
    {
        var head = Pick(ChineseNames.BrandHeads);
        var tail = Pick(ChineseNames.BrandTails);
        return head + tail;
    }

    /// <summary>A person's name: mostly surname + given name, sometimes the workshop style "王师傅" / "李老师".</summary>
    public string PersonName(bool workshop)
    {
        var surname = Pick(ChineseNames.Surnames);
        if (Chance(0.12))
        {
            return surname + (workshop ? (Chance(0.6) ? "师傅" : "工") : "老师");
        }

        return surname + Pick(ChineseNames.GivenNames);
    }
}
