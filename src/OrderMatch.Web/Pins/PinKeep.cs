using System.Text.Json;
using OrderMatch.Data.Pins;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Pins;

/// <summary>Reads <c>keep</c>: "class" for the whole class, or a non-empty list of decisions, each named once.</summary>
public static class PinKeep
{
    private const string Expected = "keep must be \"class\" or a non-empty list of \"institution\", \"trainer\", \"room\", \"time\"";

    /// <summary>The decisions to keep (["class"] for the whole class), or null with the problem in <paramref name="errors"/>.</summary>
    public static IReadOnlyList<string>? Read(PinBody body, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        switch (body.Keep)
        {
            case null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }:
                errors.Add("keep", "required", $"keep is required: {Expected}");
                return null;
            case { ValueKind: JsonValueKind.String } text when text.GetString() == PinDecision.WholeClass:
                return [PinDecision.WholeClass];
            case { ValueKind: JsonValueKind.Array } list:
                return Decisions(list, errors);
            default:
                errors.Add("keep", "enum", Expected);
                return null;
        }
    }

    private static List<string>? Decisions(JsonElement list, FieldErrors errors)
    {
        var decisions = new List<string>();
        foreach (var item in list.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (name is null || !PinDecision.All.Contains(name))
            {
                errors.Add("keep", "enum", $"keep entry {item.GetRawText()} is not a decision: {Expected}");
            }
            else if (decisions.Contains(name))
            {
                errors.Add("keep", "duplicate-value", $"keep lists \"{name}\" twice");
            }
            else
            {
                decisions.Add(name);
            }
        }

        if (decisions.Count == 0 && errors.IsEmpty)
        {
            errors.Add("keep", "empty", $"keep is empty: {Expected}");
        }

        return errors.IsEmpty ? [.. PinDecision.All.Where(decisions.Contains)] : null;
    }
}
