using System.Text.Json;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>
/// Reads a plan document and reports every structural problem at once (FORMAT.md §5). Whether the plan keeps the hard
/// rules H1–H17 is decided by the plan checker, not here. Bad input never throws.
/// </summary>
public static class PlanLoader
{
    public static LoadResult<Plan> Load(ReadOnlySpan<byte> utf8Json)
    {
        var problems = new ProblemList();
        using var document = JsonInput.Parse(utf8Json, problems);
        if (document is null)
        {
            return new LoadResult<Plan>(null, problems.Items);
        }

        PlanShape.Check(document.RootElement, problems);
        if (problems.Count > 0)
        {
            return new LoadResult<Plan>(null, problems.Items);
        }

        try
        {
            return new LoadResult<Plan>(document.RootElement.Deserialize<Plan>(FormatJson.Options), problems.Items);
        }
        catch (JsonException ex)
        {
            problems.Add(ex.Path ?? "$", ValidationRules.Type, $"the plan cannot be read: {ex.Message}");
            return new LoadResult<Plan>(null, problems.Items);
        }
    }

    public static LoadResult<Plan> Load(string json) => Load(JsonInput.ToUtf8(json));

    /// <summary>Reads a file; a missing or unreadable file is reported as a problem.</summary>
    public static LoadResult<Plan> LoadFile(string path)
    {
        var problems = new ProblemList();
        var bytes = JsonInput.ReadFile(path, problems);
        return bytes is null ? new LoadResult<Plan>(null, problems.Items) : Load(bytes);
    }
}
