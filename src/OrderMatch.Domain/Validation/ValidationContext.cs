using System.Globalization;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>The scenario under semantic validation, its id look-ups, where to report, and small shared checks.</summary>
internal sealed class ValidationContext
{
    public ValidationContext(Scenario scenario, SourceMap map, ProblemList problems)
    {
        Scenario = scenario;
        Map = map;
        Problems = problems;
        Index = new ScenarioIndex(scenario);
        Horizon = map.IsReadable(SourceMap.Horizon) ? new HorizonFacts(scenario.Horizon) : null;
    }

    public Scenario Scenario { get; }

    public ScenarioIndex Index { get; }

    public SourceMap Map { get; }

    public ProblemList Problems { get; }

    /// <summary>Facts about the horizon, or null when it could not be read (horizon-dependent rules are then skipped).</summary>
    public HorizonFacts? Horizon { get; }

    public string Item(string collection, int index) => Map.Item(collection, index);

    public void Add(string path, string rule, string message) => Problems.Add(path, rule, message);

    /// <summary>Reports a reference to an id that no entity of the kind has.</summary>
    public void Known<T>(IReadOnlyDictionary<string, T> known, string collection, string? id, string path, string field, string kind)
    {
        if (id is null || known.ContainsKey(id) || Map.MayHold(collection, id))
        {
            return;
        }

        Add(path, ValidationRules.UnknownId, $"{field} \"{id}\" is not the id of any {kind} in $.{collection}");
    }

    public void KnownRoom(string? id, string path, string field)
    {
        if (id is null || Index.Rooms.ContainsKey(id) || Map.MayHold(SourceMap.Rooms, id)
            || !Map.IsReadable(SourceMap.Institutions) || !Map.IsReadable(SourceMap.Bases))
        {
            return;
        }

        Add(path, ValidationRules.UnknownId, $"{field} \"{id}\" is not the id of any room of an institution or a base");
    }

    public void InRange(int value, int min, int max, string path, string field)
    {
        if (value < min || value > max)
        {
            Add(path, ValidationRules.Range, $"{field} {value} is outside the allowed range {min} to {max}");
        }
    }

    public void AtLeastOne(int value, string path, string field)
    {
        if (value < 1)
        {
            Add(path, ValidationRules.Range, $"{field} {value} must be at least 1");
        }
    }

    public void NotNegative(double value, string path, string field)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            Add(path, ValidationRules.Range, $"{field} {value.ToString(CultureInfo.InvariantCulture)} must be a finite number of at least 0");
        }
    }

    public void Location(Location location, string path)
    {
        if (!(location.Lat is >= -90 and <= 90))
        {
            Add($"{path}.lat", ValidationRules.Range, $"lat {location.Lat.ToString(CultureInfo.InvariantCulture)} is outside -90 to 90 degrees");
        }

        if (!(location.Lon is >= -180 and <= 180))
        {
            Add($"{path}.lon", ValidationRules.Range, $"lon {location.Lon.ToString(CultureInfo.InvariantCulture)} is outside -180 to 180 degrees");
        }
    }

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
