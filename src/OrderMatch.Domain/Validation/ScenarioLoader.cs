using System.Text.Json;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>
/// Reads a scenario document and reports every problem at once. Pass 1 checks the shape of the raw JSON (presence,
/// types, dates, names, formatVersion); pass 2 checks the meaning (ids, ranges, calendar, windows, slots). When pass 1
/// finds problems, pass 2 still runs over the entities whose shape is sound, and <see cref="LoadResult{T}.Value"/> is null.
/// Bad input never throws.
/// </summary>
public static class ScenarioLoader
{
    public static LoadResult<Scenario> Load(ReadOnlySpan<byte> utf8Json)
    {
        var problems = new ProblemList();
        using var document = JsonInput.Parse(utf8Json, problems);
        if (document is null)
        {
            return new LoadResult<Scenario>(null, problems.Items);
        }

        var root = document.RootElement;
        ScenarioShape.Check(root, problems);
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new LoadResult<Scenario>(null, problems.Items);
        }

        if (problems.Count > 0)
        {
            var (partial, map) = ScenarioAssembler.Assemble(root, problems);
            ScenarioValidator.Run(partial, map, problems);
            return new LoadResult<Scenario>(null, problems.Items);
        }

        var scenario = Deserialize(root, problems);
        if (scenario is not null)
        {
            ScenarioValidator.Run(scenario, SourceMap.Identity(), problems);
        }

        return new LoadResult<Scenario>(scenario, problems.Items);
    }

    public static LoadResult<Scenario> Load(string json) => Load(JsonInput.ToUtf8(json));

    /// <summary>Reads a file; a missing or unreadable file is reported as a problem.</summary>
    public static LoadResult<Scenario> LoadFile(string path)
    {
        var problems = new ProblemList();
        var bytes = JsonInput.ReadFile(path, problems);
        return bytes is null ? new LoadResult<Scenario>(null, problems.Items) : Load(bytes);
    }

    /// <summary>The semantic rules (pass 2) on a scenario that is already typed, e.g. one generated in code.</summary>
    public static IReadOnlyList<ValidationProblem> Validate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = new ProblemList();
        ScenarioValidator.Run(scenario, SourceMap.Identity(), problems);
        return problems.Items;
    }

    private static Scenario? Deserialize(JsonElement root, ProblemList problems)
    {
        try
        {
            return root.Deserialize<Scenario>(FormatJson.Options);
        }
        catch (JsonException ex)
        {
            problems.Add(ex.Path ?? "$", ValidationRules.Type, $"the scenario cannot be read: {ex.Message}");
            return null;
        }
    }
}
