using System.Text.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary><c>formatVersion</c> must be present and equal to the version this reader understands.</summary>
internal static class FormatVersionShape
{
    public static bool Check(JsonShape shape, JsonElement root)
    {
        if (!shape.TryField(root, "$", "formatVersion", Presence.Required, out var value))
        {
            return false;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var version) && version == Scenario.CurrentFormatVersion)
        {
            return true;
        }

        shape.Problems.Add("$.formatVersion", ValidationRules.FormatVersion,
            $"formatVersion {value.GetRawText()} is not supported; this reader understands formatVersion {Scenario.CurrentFormatVersion}");
        return false;
    }
}
