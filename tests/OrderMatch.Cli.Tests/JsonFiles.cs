using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderMatch.Domain.Tests;

namespace OrderMatch.Cli.Tests;

/// <summary>Loads the shared example files as editable JSON trees, so a test can plant one defect and write the result.</summary>
internal static class JsonFiles
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject TinyScenario() => Load(TestData.TinyScenarioPath);

    public static JsonObject TinyPlan() => Load(TestData.File("tiny.plan.json"));

    public static string Text(JsonNode node) => node.ToJsonString(WriteOptions);

    private static JsonObject Load(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();
}
