using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderMatch.Data.Reference;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Reference;

/// <summary>
/// Checks one reference entity with the scenario validation of the Domain (FORMAT.md's field rules: presence, types,
/// names, ranges, references, slots, unavailability): the entity is put into the stored reference data in place of the
/// one it replaces, the whole is validated as a scenario document, and the problems found inside the entity become
/// field errors named by their path within it (e.g. <c>rooms[0].capacity</c>).
/// </summary>
public static class ReferenceValidator
{
    public static object? Validate(ReferenceCollection collection, JsonNode body, string? routeId, Scenario current, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(body);
        if (body is not JsonObject entity)
        {
            errors.Add("body", ValidationRules.Type, "the body must be a JSON object");
            return null;
        }

        var id = entity["id"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (routeId is not null && id is not null && id != routeId)
        {
            errors.Add("id", "immutable", $"id cannot change: the {ReferenceStore.Noun(collection)} is \"{routeId}\"");
            return null;
        }

        if (routeId is not null && id is null)
        {
            entity["id"] = id = routeId;
        }

        var document = JsonSerializer.SerializeToNode(current, FormatJson.CompactOptions)!.AsObject();
        var list = document[ReferenceEntities.JsonName(collection)]!.AsArray();
        foreach (var same in list.Where(e => id is not null && e?["id"] is JsonValue v && v.TryGetValue<string>(out var other) && other == id).ToList())
        {
            list.Remove(same);
        }

        list.Add(entity);
        var prefix = $"$.{ReferenceEntities.JsonName(collection)}[{list.Count - 1}]";
        var result = ScenarioLoader.Load(Encoding.UTF8.GetBytes(document.ToJsonString()));
        foreach (var problem in result.Problems.Where(p => Within(p.Path, prefix)))
        {
            var field = problem.Path.Length == prefix.Length ? "body" : problem.Path[prefix.Length..].TrimStart('.');
            errors.Add(field, problem.Rule, problem.Message);
        }

        return errors.IsEmpty && result.Value is { } scenario
            ? ReferenceEntities.Items(scenario, collection).LastOrDefault(e => ReferenceEntities.Id(e) == id)
            : null;
    }

    private static bool Within(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] is '.' or '[');
}
