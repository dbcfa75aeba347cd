using System.Text.Json.Nodes;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

/// <summary>Whatever a document holds, loading reports problems and never throws.</summary>
public class RobustnessTests
{
    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => null, () => "x", () => 0, () => -1, () => 1e300, () => new JsonArray(), () => new JsonObject(), () => "2026-02-30",
    ];

    [Fact]
    public void Replacing_any_value_of_the_tiny_example_never_throws_and_always_reports_or_loads()
    {
        var paths = new List<object[]>();
        Collect(Tiny.Node(), paths, []);
        var loads = 0;

        foreach (var path in paths)
        {
            foreach (var replacement in Replacements)
            {
                var node = Tiny.Node();
                Replace(node, path, replacement());
                var result = ScenarioLoader.Load(node.ToJsonString());
                Assert.True(result.Value is not null || result.Problems.Count > 0, $"replacing {string.Join('/', path)} gave neither a value nor a problem");
                Assert.All(result.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));

                // The serializer never finds anything the structural pass missed.
                Assert.All(result.Problems, p => Assert.DoesNotContain("cannot be read", p.Message, StringComparison.Ordinal));
                loads++;
            }
        }

        Assert.True(loads > 1000, $"only {loads} variants were tried");
    }

    [Fact]
    public void Duplicate_keys_and_deep_nesting_are_reported_or_read_without_throwing()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 500)) + string.Concat(Enumerable.Repeat("]", 500));
        var text = File.ReadAllText(TestData.TinyScenarioPath).Replace("\"name\": \"tiny\",", $"\"name\": \"tiny\", \"name\": \"again\", \"x\": {deep},", StringComparison.Ordinal);

        var result = ScenarioLoader.Load(text);

        ProblemAssert.Only(result.Problems, "$", ValidationRules.Json);
    }

    /// <summary>Every value position of the tree, as the property names and indices leading to it.</summary>
    private static void Collect(JsonNode? node, List<object[]> paths, object[] prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    object[] path = [.. prefix, name];
                    paths.Add(path);
                    Collect(child, paths, path);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    object[] path = [.. prefix, i];
                    paths.Add(path);
                    Collect(array[i], paths, path);
                }

                break;
        }
    }

    private static void Replace(JsonNode root, object[] path, JsonNode? value)
    {
        var parent = root;
        foreach (var step in path[..^1])
        {
            parent = step is string name ? parent[name]! : parent[(int)step]!;
        }

        if (path[^1] is string last)
        {
            parent[last] = value;
        }
        else
        {
            parent[(int)path[^1]] = value;
        }
    }
}
