using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Json;

/// <summary>
/// System.Text.Json settings for the interchange format: camelCase fields, enums as the format spells them
/// ("Mon", "local", "timeLimit", "NO_OFFER"), UTF-8 with Chinese text written as is, unknown fields ignored.
/// </summary>
public static class FormatJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            NumberHandling = JsonNumberHandling.Strict,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter<Weekday>(namingPolicy: null, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<ReasonCode>(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static Scenario DeserializeScenario(string json) =>
        JsonSerializer.Deserialize<Scenario>(json, Options) ?? throw new JsonException("the document is null");

    public static Plan DeserializePlan(string json) =>
        JsonSerializer.Deserialize<Plan>(json, Options) ?? throw new JsonException("the document is null");

    public static string Serialize(Scenario scenario) => JsonSerializer.Serialize(scenario, Options) + "\n";

    public static string Serialize(Plan plan) => JsonSerializer.Serialize(plan, Options) + "\n";
}
