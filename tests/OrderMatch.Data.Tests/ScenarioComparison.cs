using System.Text.Json;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Tests;

/// <summary>Compares scenarios semantically: the same entities and values, whatever order the id-keyed lists are in.</summary>
internal static class ScenarioComparison
{
    public static string Canonical(Scenario s) => JsonSerializer.Serialize(s with
    {
        Regions = [.. s.Regions.OrderBy(r => r.Id, StringComparer.Ordinal)],
        Courses = [.. s.Courses.OrderBy(r => r.Id, StringComparer.Ordinal)],
        Institutions = [.. s.Institutions.OrderBy(r => r.Id, StringComparer.Ordinal)],
        Trainers = [.. s.Trainers.OrderBy(r => r.Id, StringComparer.Ordinal)],
        Bases = [.. s.Bases.OrderBy(r => r.Id, StringComparer.Ordinal)],
        Enterprises = [.. s.Enterprises.OrderBy(r => r.Id, StringComparer.Ordinal)],
        Orders = [.. s.Orders.OrderBy(r => r.Id, StringComparer.Ordinal)],
    }, FormatJson.Options);

    public static void AssertEquivalent(Scenario expected, Scenario actual) => Assert.Equal(Canonical(expected), Canonical(actual));
}
