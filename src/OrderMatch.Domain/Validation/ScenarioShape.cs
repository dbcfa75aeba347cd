using System.Text.Json;

namespace OrderMatch.Domain.Validation;

/// <summary>
/// Pass 1 for scenarios: every field of FORMAT.md §1–4 present, of the right JSON type, dates and names valid.
/// Fields the format does not mark optional are required, <c>bases</c> included (it may be an empty list).
/// </summary>
internal sealed class ScenarioShape(JsonShape shape)
{
    private readonly SiteShape _sites = new(shape);
    private readonly ClassShape _classes = new(shape, sessionsRequired: false);

    public static void Check(JsonElement root, ProblemList problems) => new ScenarioShape(new JsonShape(problems)).Scenario(root);

    private void Scenario(JsonElement root)
    {
        if (!shape.IsObject(root, "$", "the scenario document"))
        {
            return;
        }

        FormatVersionShape.Check(shape, root);
        shape.String(root, "$", "name");
        shape.Object(root, "$", "horizon", Presence.Required, Horizon);
        shape.ObjectList(root, "$", "regions", Presence.Required, Region);
        shape.ObjectList(root, "$", "courses", Presence.Required, Course);
        shape.ObjectList(root, "$", "institutions", Presence.Required, _sites.Institution);
        shape.ObjectList(root, "$", "trainers", Presence.Required, _sites.Trainer);
        shape.ObjectList(root, "$", "bases", Presence.Required, _sites.Base);
        shape.ObjectList(root, "$", "enterprises", Presence.Required, _sites.Enterprise);
        shape.ObjectList(root, "$", "orders", Presence.Required, Order);
        shape.Object(root, "$", "policy", Presence.Required, Policy);
        shape.ObjectList(root, "$", "pinned", Presence.Optional, _classes.Class);
        shape.Object(root, "$", "previousPlan", Presence.Optional,
            (previous, path) => shape.ObjectList(previous, path, "classes", Presence.Required, _classes.Class));
    }

    private void Horizon(JsonElement horizon, string path)
    {
        shape.Date(horizon, path, "startDate");
        shape.Integer(horizon, path, "weeks");
        shape.EnumList(horizon, path, "days", FormatNames.Days);
        shape.StringList(horizon, path, "periods");
        shape.DateList(horizon, path, "closedDates", Presence.Optional);
    }

    private void Region(JsonElement region, string path)
    {
        shape.String(region, path, "id");
        shape.String(region, path, "name");
        shape.String(region, path, "alliance", Presence.OptionalNullable);
        shape.Enum(region, path, "subsidyScope", FormatNames.SubsidyScopes);
    }

    private void Course(JsonElement course, string path)
    {
        shape.String(course, path, "id");
        shape.String(course, path, "occupation");
        shape.String(course, path, "occupationName");
        shape.Integer(course, path, "level");
        shape.Integer(course, path, "sessions");
        shape.Integer(course, path, "sessionsPerWeek");
        shape.Integer(course, path, "minSize");
        shape.Integer(course, path, "maxSize");
        shape.String(course, path, "roomType");
        shape.StringList(course, path, "allowedSlots", Presence.OptionalNullable);
    }

    private void Order(JsonElement order, string path)
    {
        shape.String(order, path, "id");
        shape.String(order, path, "enterprise");
        shape.String(order, path, "course");
        shape.Integer(order, path, "trainees");
        shape.Date(order, path, "earliestStart");
        shape.Date(order, path, "deadline");
        shape.Integer(order, path, "priority");
        shape.Boolean(order, path, "splittable", Presence.Optional);
        shape.Integer(order, path, "minChunk", Presence.Optional);
        shape.Number(order, path, "maxTravelKm", Presence.OptionalNullable);
        shape.Number(order, path, "maxPricePerTrainee", Presence.OptionalNullable);
        shape.Boolean(order, path, "requiresSubsidy", Presence.Optional);
        shape.StringList(order, path, "allowedSlots", Presence.OptionalNullable);
    }

    private void Policy(JsonElement policy, string path)
    {
        shape.Number(policy, path, "unservedTraineePenalty");
        shape.Number(policy, path, "traineeTravelCostPerKm");
        shape.Number(policy, path, "trainerTravelCostPerKm");
        shape.Number(policy, path, "classOpeningCost");
        shape.Object(policy, path, "gradePenaltyPerTrainee", Presence.Required, (penalties, penaltiesPath) =>
        {
            shape.Number(penalties, penaltiesPath, "excellent");
            shape.Number(penalties, penaltiesPath, "good");
            shape.Number(penalties, penaltiesPath, "pass");
        });
        shape.Number(policy, path, "changePenalty");
    }
}
