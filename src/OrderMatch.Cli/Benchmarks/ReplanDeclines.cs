using OrderMatch.Domain.Model;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>The classes institutions decline: a share of the approved plan's classes, chosen reproducibly from the seed.</summary>
public static class ReplanDeclines
{
    /// <summary>Ids of the declined classes, in the plan's order.</summary>
    public static IReadOnlyList<string> Choose(IReadOnlyList<PlanClass> classes, double percent, int seed)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var count = ReplanPercent.Of(classes.Count, percent);
        var random = ReplanRandom.For(seed, ReplanRandom.DeclinesStream);
        return [.. ReplanRandom.Sample(random, classes.Count, count).Select(i => classes[i].Id)];
    }
}
