namespace OrderMatch.Domain.Generation;

/// <summary>Splits a whole number by weights (largest remainder, ties to the lower index), deterministic.</summary>
internal static class Apportion
{
    public static int[] ByWeight(int total, IReadOnlyList<double> weights, int minEach)
    {
        var counts = new int[weights.Count];
        var floor = Math.Min(minEach, weights.Count == 0 ? 0 : total / weights.Count);
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = floor;
        }

        var rest = total - (floor * counts.Length);
        var sum = weights.Sum();
        var exact = weights.Select(w => rest * w / sum).ToArray();
        var assigned = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var whole = (int)Math.Floor(exact[i]);
            counts[i] += whole;
            assigned += whole;
        }

        var order = Enumerable.Range(0, counts.Length)
            .OrderByDescending(i => exact[i] - Math.Floor(exact[i]))
            .ThenBy(i => i)
            .ToList();
        for (var k = 0; assigned < rest; k++, assigned++)
        {
            counts[order[k % order.Count]]++;
        }

        return counts;
    }
}
