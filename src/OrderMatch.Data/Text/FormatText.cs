using System.Text.Json;
using OrderMatch.Domain.Json;

namespace OrderMatch.Data.Text;

/// <summary>Enum values stored as the interchange format spells them ("excellent", "Mon", "NO_OFFER", "timeLimit").</summary>
internal static class FormatText
{
    public static string Of<T>(T value) where T : struct, Enum =>
        JsonSerializer.Serialize(value, FormatJson.CompactOptions).Trim('"');

    public static T Parse<T>(string text) where T : struct, Enum =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(text), FormatJson.CompactOptions);
}
