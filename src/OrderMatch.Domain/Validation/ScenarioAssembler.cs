using System.Text.Json;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>
/// Builds a scenario from the parts of a document whose shape is sound, so that semantic rules can still run when
/// pass 1 found problems elsewhere. Entities are kept or left out whole, one array entry at a time.
/// </summary>
internal sealed class ScenarioAssembler
{
    private static readonly Horizon PlaceholderHorizon = new() { StartDate = new DateOnly(2001, 1, 1), Weeks = 1, Days = [], Periods = [] };

    private static readonly Policy PlaceholderPolicy = new()
    {
        UnservedTraineePenalty = 0,
        TraineeTravelCostPerKm = 0,
        TrainerTravelCostPerKm = 0,
        ClassOpeningCost = 0,
        GradePenaltyPerTrainee = new GradePenalties(0, 0, 0),
        ChangePenalty = 0,
    };

    private readonly JsonElement _root;
    private readonly ProblemList _problems;
    private readonly SourceMap _map = new();

    private ScenarioAssembler(JsonElement root, ProblemList problems)
    {
        _root = root;
        _problems = problems;
    }

    /// <summary>Assembles what can be read; problems already in <paramref name="problems"/> decide what is left out.</summary>
    public static (Scenario Scenario, SourceMap Map) Assemble(JsonElement root, ProblemList problems)
    {
        var assembler = new ScenarioAssembler(root, problems);
        return (assembler.Build(), assembler._map);
    }

    private Scenario Build()
    {
        var institutions = Many<Institution>(_root, "institutions", SourceMap.Institutions);
        var bases = Many<TrainingBase>(_root, "bases", SourceMap.Bases);
        var previous = _root.TryGetProperty("previousPlan", out var previousPlan) && previousPlan.ValueKind == JsonValueKind.Object
            ? new PreviousPlan { Classes = Many<PlanClass>(previousPlan, "classes", SourceMap.PreviousClasses) }
            : null;
        return new Scenario
        {
            Name = One<string>("name", "name") ?? string.Empty,
            Horizon = One<Horizon>("horizon", SourceMap.Horizon) ?? PlaceholderHorizon,
            Regions = Many<Region>(_root, "regions", SourceMap.Regions),
            Courses = Many<Course>(_root, "courses", SourceMap.Courses),
            Institutions = institutions,
            Trainers = Many<Trainer>(_root, "trainers", SourceMap.Trainers),
            Bases = bases,
            Enterprises = Many<Enterprise>(_root, "enterprises", SourceMap.Enterprises),
            Orders = Many<TrainingOrder>(_root, "orders", SourceMap.Orders),
            Policy = One<Policy>("policy", SourceMap.Policy) ?? PlaceholderPolicy,
            Pinned = _root.TryGetProperty("pinned", out _) ? Many<PlanClass>(_root, "pinned", SourceMap.Pinned) : [],
            PreviousPlan = previous,
        };
    }

    private T? One<T>(string name, string section)
        where T : class
    {
        var path = $"$.{name}";
        if (!_root.TryGetProperty(name, out var value) || _problems.AnyWithin(path))
        {
            _map.Unreadable(section);
            return null;
        }

        var result = Read<T>(value, path);
        if (result is null)
        {
            _map.Unreadable(section);
        }

        return result;
    }

    private List<T> Many<T>(JsonElement parent, string name, string collection)
        where T : class
    {
        var kept = new List<T>();
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            _map.Unreadable(collection);
            return kept;
        }

        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var path = $"$.{collection}[{index}]";
            var item = _problems.AnyWithin(path) ? null : Read<T>(entry, path);
            if (item is null)
            {
                LeftOut(collection, entry);
            }
            else
            {
                kept.Add(item);
                _map.Kept(collection, index);
            }

            index++;
        }

        return kept;
    }

    /// <summary>Remembers the ids of a left-out entity (and of its rooms) so references to them are not called unknown.</summary>
    private void LeftOut(string collection, JsonElement entry)
    {
        _map.LeftOut(collection, IdOf(entry));
        if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("rooms", out var rooms) && rooms.ValueKind == JsonValueKind.Array)
        {
            foreach (var room in rooms.EnumerateArray())
            {
                _map.LeftOut(SourceMap.Rooms, IdOf(room));
            }
        }
    }

    private static string? IdOf(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>Pass 1 should have caught anything the serializer rejects; if not, the serializer's complaint is reported.</summary>
    private T? Read<T>(JsonElement value, string path)
        where T : class
    {
        try
        {
            return value.Deserialize<T>(FormatJson.Options);
        }
        catch (JsonException ex)
        {
            _problems.Add(path, ValidationRules.Type, $"cannot be read: {ex.Message}");
            return null;
        }
    }
}
