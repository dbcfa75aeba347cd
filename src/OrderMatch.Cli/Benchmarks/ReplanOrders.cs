using System.Globalization;
using OrderMatch.Domain.Model;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// New orders arriving after a plan was approved, derived from the scenario's own orders so they fit its reference data:
/// each repeats an existing order's enterprise, course, priority and options (travel limit, price cap, subsidy, slots,
/// whether the team may be split), takes its size from an order of an enterprise of the same size, and its window from
/// an order of the same course. Ids continue the scenario's numbering ("O301" after "O300") and never repeat one.
/// </summary>
public static class ReplanOrders
{
    public static IReadOnlyList<TrainingOrder> Derive(Scenario scenario, double percent, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var orders = scenario.Orders;
        var count = ReplanPercent.Of(orders.Count, percent);
        if (count == 0)
        {
            return [];
        }

        var random = ReplanRandom.For(seed, ReplanRandom.NewOrdersStream);
        var enterprises = scenario.Enterprises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var courses = scenario.Courses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var bySize = orders.ToLookup(o => enterprises[o.Enterprise].Size);
        var byCourse = orders.ToLookup(o => o.Course, StringComparer.Ordinal);
        var used = orders.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var format = "D" + Math.Max(3, (orders.Count + count).ToString(CultureInfo.InvariantCulture).Length).ToString(CultureInfo.InvariantCulture);
        var number = orders.Count;
        var derived = new List<TrainingOrder>(count);
        for (var i = 0; i < count; i++)
        {
            string id;
            do
            {
                id = "O" + (++number).ToString(format, CultureInfo.InvariantCulture);
            }
            while (!used.Add(id));

            var template = Pick(random, orders);
            var trainees = Pick(random, [.. bySize[enterprises[template.Enterprise].Size]]).Trainees;
            var window = Pick(random, [.. byCourse[template.Course]]);
            derived.Add(template with
            {
                Id = id,
                Trainees = trainees,
                EarliestStart = window.EarliestStart,
                Deadline = window.Deadline,
                // A team larger than any class of its course can only be served in parts.
                Splittable = template.Splittable || trainees > courses[template.Course].MaxSize,
                MinChunk = Math.Min(template.MinChunk, trainees),
            });
        }

        return derived;
    }

#pragma warning disable CA5394 // reproducible synthetic data, not security
    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
#pragma warning restore CA5394
}
