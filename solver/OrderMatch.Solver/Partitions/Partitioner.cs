using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Partitions;

/// <summary>
/// Splits a scenario into at most <c>count</c> partitions of similar size that can be solved on their own. Orders are
/// grouped by their enterprise's region; regions of one alliance stay together while that still leaves
/// <c>count</c> groups, and regions whose orders share a pinned class always do. The groups are packed, heaviest first,
/// into the partition with the fewest trainees so far (ties: lowest number), so the split is deterministic. Each
/// partition is a sub-scenario with its orders and only the reference data they can use: the courses they ask for,
/// the institutions offering them to its regions, the trainers qualified to teach them there, the bases with a
/// matching room, their enterprises, all regions, the pinned classes of its orders and the classes of the previous plan
/// that hold most of their trainees from its orders. Trainers, rooms and institutions usable by two partitions stay in
/// both: <see cref="PartitionMerger"/> makes sure the merged plan books each of them once.
/// </summary>
public static class Partitioner
{
    public const int MaxPartitions = 32;

    public static IReadOnlyList<ScenarioPartition> Split(Scenario scenario, int count, IReadOnlyList<DecisionPin>? decisionPins = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (count is < 1 or > MaxPartitions)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"partitions must be between 1 and {MaxPartitions}");
        }

        var index = new ScenarioIndex(scenario);
        var regionOf = scenario.Orders.ToDictionary(o => o.Id, o => index.Enterprises[o.Enterprise].Region, StringComparer.Ordinal);
        var groups = Groups(scenario, regionOf, count);
        var weights = scenario.Orders.GroupBy(o => groups.Find(regionOf[o.Id]), StringComparer.Ordinal)
            .Select(g => (Group: g.Key, Trainees: g.Sum(o => o.Trainees)))
            .OrderByDescending(g => g.Trainees).ThenBy(g => g.Group, StringComparer.Ordinal)
            .ToList();
        var bins = Enumerable.Range(0, Math.Min(count, weights.Count)).Select(_ => (Groups: new HashSet<string>(StringComparer.Ordinal), Trainees: 0)).ToArray();
        foreach (var (group, trainees) in weights)
        {
            var lightest = 0;
            for (var b = 1; b < bins.Length; b++)
            {
                if (bins[b].Trainees < bins[lightest].Trainees)
                {
                    lightest = b;
                }
            }

            bins[lightest].Groups.Add(group);
            bins[lightest].Trainees += trainees;
        }

        var partitionOfOrder = scenario.Orders.ToDictionary(o => o.Id,
            o => Array.FindIndex(bins, b => b.Groups.Contains(groups.Find(regionOf[o.Id]))), StringComparer.Ordinal);
        var previous = PreviousByPartition(scenario, partitionOfOrder);
        return [.. bins.Select((bin, number) => SubScenario.Build(scenario, index, number, bins.Length,
            [.. scenario.Orders.Where(o => partitionOfOrder[o.Id] == number)],
            previous.GetValueOrDefault(number) ?? [], decisionPins ?? []))];
    }

    /// <summary>
    /// Region groups: alliances joined where that leaves at least <paramref name="count"/> groups; regions sharing a
    /// pinned class always joined, since those orders must be planned together.
    /// </summary>
    private static RegionGroups Groups(Scenario scenario, Dictionary<string, string> regionOf, int count)
    {
        var groups = new RegionGroups();
        foreach (var region in regionOf.Values)
        {
            groups.Add(region);
        }

        foreach (var pin in scenario.Pinned)
        {
            var regions = pin.Enrollments.Where(e => regionOf.ContainsKey(e.Order)).Select(e => regionOf[e.Order]).ToList();
            foreach (var region in regions.Skip(1))
            {
                groups.Join(regions[0], region);
            }
        }

        var withAlliances = groups.Clone();
        var used = regionOf.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var alliance in scenario.Regions.Where(r => r.Alliance is not null && used.Contains(r.Id)).GroupBy(r => r.Alliance!, StringComparer.Ordinal))
        {
            var members = alliance.Select(r => r.Id).ToList();
            foreach (var member in members.Skip(1))
            {
                withAlliances.Join(members[0], member);
            }
        }

        return withAlliances.Count >= count ? withAlliances : groups;
    }

    /// <summary>
    /// Each previous class goes to the partition holding most of its trainees among the scenario's orders (ties: the lower
    /// number); a class none of whose orders is open goes to partition 0. So every previous class is priced once.
    /// </summary>
    private static Dictionary<int, List<PlanClass>> PreviousByPartition(Scenario scenario, Dictionary<string, int> partitionOfOrder)
    {
        var result = new Dictionary<int, List<PlanClass>>();
        foreach (var previous in scenario.PreviousPlan?.Classes ?? [])
        {
            var partition = previous.Enrollments
                .Where(e => partitionOfOrder.ContainsKey(e.Order))
                .GroupBy(e => partitionOfOrder[e.Order])
                .OrderByDescending(g => g.Sum(e => e.Trainees)).ThenBy(g => g.Key)
                .Select(g => g.Key)
                .DefaultIfEmpty(0)
                .First();
            if (!result.TryGetValue(partition, out var list))
            {
                result[partition] = list = [];
            }

            list.Add(previous);
        }

        return result;
    }
}
