using System.Text.Json.Nodes;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

/// <summary>The spec's tiny example as a mutable JSON tree, loaded after a mutation.</summary>
internal static class Tiny
{
    public static JsonNode Node() => JsonNode.Parse(File.ReadAllText(TestData.TinyScenarioPath))!;

    public static LoadResult<Scenario> LoadWith(Action<JsonNode> mutate)
    {
        var node = Node();
        mutate(node);
        return ScenarioLoader.Load(node.ToJsonString());
    }

    public static Scenario Scenario() => ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
}
