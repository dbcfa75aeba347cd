using System.Text.Json.Nodes;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

/// <summary>Plan structure only; the file's numbers are shape examples, not a computed objective.</summary>
public class PlanLoaderTests
{
    private static readonly string PlanPath = TestData.File(Path.Combine("validation", "plan-shape.json"));

    private static LoadResult<Plan> LoadWith(Action<JsonNode> mutate)
    {
        var node = JsonNode.Parse(File.ReadAllText(PlanPath))!;
        mutate(node);
        return PlanLoader.Load(node.ToJsonString());
    }

    [Fact]
    public void A_well_formed_plan_loads()
    {
        var result = PlanLoader.LoadFile(PlanPath);

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
        Assert.Equal(6, result.Value!.Classes[0].Sessions.Count);
        Assert.Equal(ReasonCode.MinSize, result.Value.Unassigned[0].Reasons[0].Code);
        Assert.Equal(SolverStatus.Feasible, result.Value.Solver!.Status);
    }

    [Fact]
    public void A_plan_written_by_the_serializer_loads()
    {
        var plan = new Plan { Scenario = "x", Objective = new Objective(0, new ObjectiveComponents()) };

        var result = PlanLoader.Load(FormatJson.Serialize(plan));

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
    }

    [Fact]
    public void Kpis_and_solver_are_optional()
    {
        var result = LoadWith(n =>
        {
            n.AsObject().Remove("kpis");
            n.AsObject().Remove("solver");
        });

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
    }

    [Fact]
    public void Unknown_status_and_reason_code_are_enum_problems()
    {
        var result = LoadWith(n =>
        {
            n["solver"]!["status"] = "OPTIMAL";
            n["unassigned"]![0]!["reasons"]![0]!["code"] = "TOO_FAR";
        });

        var code = ProblemAssert.Has(result.Problems, "$.unassigned[0].reasons[0].code", ValidationRules.Enum);
        ProblemAssert.Has(result.Problems, "$.solver.status", ValidationRules.Enum);
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains("TIME_LIMIT", code.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_structural_defect_of_a_plan_is_reported()
    {
        var result = LoadWith(n =>
        {
            n["formatVersion"] = 3;
            n["classes"]![0]!.AsObject().Remove("sessions");
            n["classes"]![0]!["enrollments"]![0]!["trainees"] = "12";
            n["objective"]!["components"]!.AsObject().Remove("roomFees");
            n["kpis"]!["coverage"] = "31%";
            n["unassigned"]![0]!["reasons"]![0]!.AsObject().Remove("detail");
        });

        ProblemAssert.Has(result.Problems, "$.formatVersion", ValidationRules.FormatVersion);
        ProblemAssert.Has(result.Problems, "$.classes[0].sessions", ValidationRules.Required);
        ProblemAssert.Has(result.Problems, "$.classes[0].enrollments[0].trainees", ValidationRules.Type);
        ProblemAssert.Has(result.Problems, "$.objective.components.roomFees", ValidationRules.Required);
        ProblemAssert.Has(result.Problems, "$.kpis.coverage", ValidationRules.Type);
        ProblemAssert.Has(result.Problems, "$.unassigned[0].reasons[0].detail", ValidationRules.Required);
        Assert.Equal(6, result.Problems.Count);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Session_dates_must_be_real()
    {
        var result = LoadWith(n => n["classes"]![0]!["sessions"]![2]!["date"] = "2026-13-01");

        ProblemAssert.Only(result.Problems, "$.classes[0].sessions[2].date", ValidationRules.Date);
    }

    [Fact]
    public void Broken_plan_json_reports_the_position()
    {
        var result = PlanLoader.Load("{ \"formatVersion\": 1, \"scenario\": }");

        var problem = ProblemAssert.Only(result.Problems, "$", ValidationRules.Json);
        Assert.Contains("line 1, position 35", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_plan_file_is_a_problem()
    {
        var result = PlanLoader.LoadFile(Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.plan.json"));

        ProblemAssert.Only(result.Problems, "$", ValidationRules.File);
    }
}
