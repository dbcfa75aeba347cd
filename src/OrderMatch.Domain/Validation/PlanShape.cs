using System.Text.Json;

namespace OrderMatch.Domain.Validation;

/// <summary>Pass 1 for plans (FORMAT.md §5): the shape only; the hard rules H1–H17 are the plan checker's.</summary>
internal sealed class PlanShape(JsonShape shape)
{
    private static readonly string[] ObjectiveComponents =
        ["unserved", "tuition", "roomFees", "traineeTravel", "trainerTravel", "classOpening", "quality", "changes"];

    private static readonly string[] IntegerKpis = ["traineesRequested", "traineesServed", "classes"];

    private static readonly string[] NumberKpis =
        ["coverage", "weightedCoverage", "avgClassSize", "avgTraineeKm", "baseUtilization", "crossRegionShare"];

    private readonly ClassShape _classes = new(shape, sessionsRequired: true);

    public static void Check(JsonElement root, ProblemList problems) => new PlanShape(new JsonShape(problems)).Plan(root);

    private void Plan(JsonElement root)
    {
        if (!shape.IsObject(root, "$", "the plan document"))
        {
            return;
        }

        FormatVersionShape.Check(shape, root);
        shape.String(root, "$", "scenario");
        shape.ObjectList(root, "$", "classes", Presence.Required, _classes.Class);
        shape.ObjectList(root, "$", "unassigned", Presence.Required, Unassigned);
        shape.Object(root, "$", "objective", Presence.Required, Objective);
        shape.Object(root, "$", "kpis", Presence.Optional, Kpis);
        shape.Object(root, "$", "solver", Presence.OptionalNullable, Solver);
    }

    private void Unassigned(JsonElement unassigned, string path)
    {
        shape.String(unassigned, path, "order");
        shape.Integer(unassigned, path, "trainees");
        shape.ObjectList(unassigned, path, "reasons", Presence.Required, (reason, reasonPath) =>
        {
            shape.Enum(reason, reasonPath, "code", FormatNames.ReasonCodes);
            shape.String(reason, reasonPath, "detail");
            shape.StringList(reason, reasonPath, "entities", Presence.Optional);
        });
    }

    private void Objective(JsonElement objective, string path)
    {
        shape.Number(objective, path, "total");
        shape.Object(objective, path, "components", Presence.Required, (components, componentsPath) =>
        {
            foreach (var name in ObjectiveComponents)
            {
                shape.Number(components, componentsPath, name);
            }
        });
    }

    /// <summary>Every KPI may be absent; a KPI that is present must be a number (counts: an integer).</summary>
    private void Kpis(JsonElement kpis, string path)
    {
        foreach (var name in IntegerKpis)
        {
            shape.Integer(kpis, path, name, Presence.Optional);
        }

        foreach (var name in NumberKpis)
        {
            shape.Number(kpis, path, name, Presence.Optional);
        }
    }

    private void Solver(JsonElement solver, string path)
    {
        shape.Enum(solver, path, "status", FormatNames.SolverStatuses);
        shape.Number(solver, path, "bound", Presence.OptionalNullable);
        shape.Number(solver, path, "seconds");
    }
}
