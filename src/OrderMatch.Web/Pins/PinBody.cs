using System.Text.Json;

namespace OrderMatch.Web.Pins;

/// <summary>The body of POST …/pin: <c>{"keep": "class"}</c> or <c>{"keep": ["institution", "trainer", "room", "time"]}</c> (a subset).</summary>
public sealed record PinBody
{
    public JsonElement? Keep { get; init; }
}
