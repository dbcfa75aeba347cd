using System.Text.Json.Nodes;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

public class ReferenceRuleTests
{
    [Theory]
    [InlineData("institutions", 1, "region")]
    [InlineData("bases", 0, "region")]
    [InlineData("enterprises", 2, "region")]
    [InlineData("orders", 3, "enterprise")]
    [InlineData("orders", 4, "course")]
    [InlineData("trainers", 2, "institution")]
    public void Unknown_referenced_id_is_reported(string collection, int index, string field)
    {
        var result = Tiny.LoadWith(n => n[collection]![index]![field] = "X99");

        var problem = ProblemAssert.Only(result.Problems, $"$.{collection}[{index}].{field}", ValidationRules.UnknownId);
        Assert.Contains("\"X99\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_course_in_an_offer_is_reported()
    {
        var result = Tiny.LoadWith(n => n["institutions"]![0]!["offers"]![1]!["course"] = "CARE-9");

        ProblemAssert.Only(result.Problems, "$.institutions[0].offers[1].course", ValidationRules.UnknownId);
    }

    [Fact]
    public void Approved_regions_must_be_known_except_the_wildcard()
    {
        var result = Tiny.LoadWith(n => n["institutions"]![1]!["approvedRegions"] = new JsonArray("R02", "R07", "*"));

        ProblemAssert.Only(result.Problems, "$.institutions[1].approvedRegions[1]", ValidationRules.UnknownId);
    }

    [Fact]
    public void Qualification_occupations_need_not_match_a_course()
    {
        var result = Tiny.LoadWith(n => n["trainers"]![0]!["qualifications"]![0]!["occupation"] = "2-02-99-99");

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
    }

    [Fact]
    public void References_to_an_entity_with_a_broken_shape_are_not_called_unknown()
    {
        // E001 is unreadable (its size is wrong) but it exists: orders naming it are not reported again.
        var result = Tiny.LoadWith(n =>
        {
            n["enterprises"]![0]!["size"] = "huge";
            n["orders"]![2]!["course"] = "NOPE";
        });

        ProblemAssert.Has(result.Problems, "$.enterprises[0].size", ValidationRules.Enum);
        ProblemAssert.Has(result.Problems, "$.orders[2].course", ValidationRules.UnknownId);
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void Pinned_and_previous_classes_must_reference_known_entities()
    {
        static JsonObject Class(string trainer, string room, string order) => new()
        {
            ["id"] = "K1", ["course"] = "WELD-2", ["institution"] = "I001", ["trainer"] = trainer, ["room"] = room,
            ["startWeek"] = 2, ["pattern"] = new JsonArray("Mon-AM", "Thu-AM"),
            ["enrollments"] = new JsonArray(new JsonObject { ["order"] = order, ["trainees"] = 6 }),
        };

        var result = Tiny.LoadWith(n =>
        {
            n["pinned"] = new JsonArray(Class("T001", "B01-W1", "O001"), Class("T009", "B01-W1", "O001"));
            n["previousPlan"] = new JsonObject { ["classes"] = new JsonArray(Class("T001", "Z-9", "O077")) };
        });

        ProblemAssert.Has(result.Problems, "$.pinned[1].trainer", ValidationRules.UnknownId);
        ProblemAssert.Has(result.Problems, "$.pinned[1].id", ValidationRules.DuplicateId);
        ProblemAssert.Has(result.Problems, "$.previousPlan.classes[0].room", ValidationRules.UnknownId);
        ProblemAssert.Has(result.Problems, "$.previousPlan.classes[0].enrollments[0].order", ValidationRules.UnknownId);
        Assert.Equal(4, result.Problems.Count);
    }
}
