using System.Text.Json;
using OrderMatch.Data.Runs;
using OrderMatch.Domain.Json;

namespace OrderMatch.Data.Partitions;

/// <summary>A run's options as stored in its row (JSON).</summary>
internal static class RunOptionsJson
{
    public static RunOptions Read(string json) => JsonSerializer.Deserialize<RunOptions>(json, FormatJson.CompactOptions) ?? new RunOptions();
}
