using System.Text.Json.Nodes;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

public class StructureTests
{
    [Fact]
    public void Missing_required_field_is_reported_at_its_path()
    {
        var result = Tiny.LoadWith(n => n["courses"]![1]!.AsObject().Remove("level"));

        var problem = ProblemAssert.Only(result.Problems, "$.courses[1].level", ValidationRules.Required);
        Assert.Null(result.Value);
        Assert.Equal("level is required but missing", problem.Message);
    }

    [Fact]
    public void Missing_required_section_is_reported()
    {
        var result = Tiny.LoadWith(n => n.AsObject().Remove("policy"));

        ProblemAssert.Only(result.Problems, "$.policy", ValidationRules.Required);
    }

    [Fact]
    public void Trainer_institution_is_required_but_may_be_null()
    {
        var missing = Tiny.LoadWith(n => n["trainers"]![0]!.AsObject().Remove("institution"));
        var nulled = Tiny.LoadWith(n => n["trainers"]![0]!["institution"] = null);

        ProblemAssert.Only(missing.Problems, "$.trainers[0].institution", ValidationRules.Required);
        Assert.True(nulled.IsValid, ProblemAssert.Describe(nulled.Problems));
    }

    [Fact]
    public void Optional_fields_may_be_absent()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["horizon"]!.AsObject().Remove("closedDates");
            n["regions"]![0]!.AsObject().Remove("alliance");
            n["courses"]![1]!.AsObject().Remove("allowedSlots");
            n["trainers"]![1]!.AsObject().Remove("unavailable");
            n["orders"]![0]!.AsObject().Remove("minChunk");
            n["orders"]![0]!.AsObject().Remove("maxTravelKm");
        });

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
    }

    [Fact]
    public void A_string_where_an_integer_belongs_is_a_type_problem()
    {
        var result = Tiny.LoadWith(n => n["orders"]![2]!["trainees"] = "eight");

        var problem = ProblemAssert.Only(result.Problems, "$.orders[2].trainees", ValidationRules.Type);
        Assert.Contains("integer", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"eight\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fraction_where_an_integer_belongs_is_a_type_problem()
    {
        var result = Tiny.LoadWith(n => n["institutions"]![1]!["rooms"]![0]!["capacity"] = 8.5);

        ProblemAssert.Only(result.Problems, "$.institutions[1].rooms[0].capacity", ValidationRules.Type);
    }

    [Fact]
    public void Wrong_container_types_are_type_problems()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["regions"] = new JsonObject();
            n["horizon"]!["days"] = "Mon";
            n["orders"]![0] = 42;
            n["orders"]![1]!["splittable"] = "no";
        });

        ProblemAssert.Has(result.Problems, "$.regions", ValidationRules.Type);
        ProblemAssert.Has(result.Problems, "$.horizon.days", ValidationRules.Type);
        ProblemAssert.Has(result.Problems, "$.orders[0]", ValidationRules.Type);
        ProblemAssert.Has(result.Problems, "$.orders[1].splittable", ValidationRules.Type);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-1-31")]
    [InlineData("31/01/2026")]
    [InlineData("2026-01-31T00:00:00")]
    public void Dates_must_be_real_and_written_yyyy_MM_dd(string date)
    {
        var result = Tiny.LoadWith(n => n["orders"]![3]!["deadline"] = date);

        var problem = ProblemAssert.Only(result.Problems, "$.orders[3].deadline", ValidationRules.Date);
        Assert.Contains(date, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_enum_values_are_reported_with_the_allowed_names()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["regions"]![2]!["subsidyScope"] = "regional";
            n["institutions"]![0]!["grade"] = "Excellent";
            n["enterprises"]![1]!["size"] = "tiny";
            n["horizon"]!["days"]![5] = "Saturday";
        });

        var scope = ProblemAssert.Has(result.Problems, "$.regions[2].subsidyScope", ValidationRules.Enum);
        ProblemAssert.Has(result.Problems, "$.institutions[0].grade", ValidationRules.Enum);
        ProblemAssert.Has(result.Problems, "$.enterprises[1].size", ValidationRules.Enum);
        ProblemAssert.Has(result.Problems, "$.horizon.days[5]", ValidationRules.Enum);
        Assert.Equal(4, result.Problems.Count);
        Assert.Contains("local, alliance, any", scope.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_rooms_must_state_their_fee_institution_rooms_need_not()
    {
        var result = Tiny.LoadWith(n => n["bases"]![0]!["rooms"]![1]!.AsObject().Remove("feePerSession"));

        ProblemAssert.Only(result.Problems, "$.bases[0].rooms[1].feePerSession", ValidationRules.Required);
    }

    [Fact]
    public void Pinned_class_shape_is_checked()
    {
        var result = Tiny.LoadWith(n => n["pinned"] = new JsonArray(new JsonObject
        {
            ["id"] = "K1", ["course"] = "WELD-2", ["institution"] = "I001", ["trainer"] = "T001",
            ["startWeek"] = "2", ["pattern"] = new JsonArray("Mon-AM", "Thu-AM"), ["enrollments"] = new JsonArray(),
        }));

        ProblemAssert.Has(result.Problems, "$.pinned[0].room", ValidationRules.Required);
        ProblemAssert.Has(result.Problems, "$.pinned[0].startWeek", ValidationRules.Type);
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void Many_structural_defects_are_all_reported_at_once()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["horizon"]!["weeks"] = "four";
            n["courses"]![0]!.AsObject().Remove("roomType");
            n["institutions"]![2]!["location"]!["lat"] = "32.21";
            n["trainers"]![3]!["unavailable"]![0]!["date"] = "2026-01-32";
            n["orders"]![4]!["priority"] = null;
            n["policy"]!["gradePenaltyPerTrainee"] = new JsonArray();
        });

        ProblemAssert.Has(result.Problems, "$.horizon.weeks", ValidationRules.Type);
        ProblemAssert.Has(result.Problems, "$.courses[0].roomType", ValidationRules.Required);
        ProblemAssert.Has(result.Problems, "$.institutions[2].location.lat", ValidationRules.Type);
        ProblemAssert.Has(result.Problems, "$.trainers[3].unavailable[0].date", ValidationRules.Date);
        ProblemAssert.Has(result.Problems, "$.orders[4].priority", ValidationRules.Type);
        ProblemAssert.Has(result.Problems, "$.policy.gradePenaltyPerTrainee", ValidationRules.Type);
        Assert.Equal(6, result.Problems.Count);
        Assert.Null(result.Value);
    }
}
