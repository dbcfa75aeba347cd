namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// The re-planning experiment's reproducible randomness: one stream per purpose (new orders, declines), each seeded
/// from the experiment's seed, so changing one share never changes what the other draws.
/// </summary>
internal static class ReplanRandom
{
    public const int NewOrdersStream = 1;
    public const int DeclinesStream = 2;

#pragma warning disable CA5394 // reproducible synthetic data, not security
    public static Random For(int seed, int stream) => new(unchecked((seed * 1_000_003) + (stream * 7_919)));

    /// <summary><paramref name="count"/> distinct indices of [0, <paramref name="total"/>), in ascending order.</summary>
    public static IReadOnlyList<int> Sample(Random random, int total, int count)
    {
        var indices = Enumerable.Range(0, total).ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, total);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }

        return [.. indices.Take(count).Order()];
    }
#pragma warning restore CA5394
}
