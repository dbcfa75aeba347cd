using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

public class IdentityRuleTests
{
    [Fact]
    public void Duplicate_course_id_is_reported_at_the_second_occurrence()
    {
        var result = Tiny.LoadWith(n => n["courses"]![1]!["id"] = "WELD-2");

        var problem = ProblemAssert.Has(result.Problems, "$.courses[1].id", ValidationRules.DuplicateId);
        Assert.Contains("$.courses[0]", problem.Message, StringComparison.Ordinal);
        Assert.All(result.Problems, p => Assert.NotEqual("$.courses[0].id", p.Path));
    }

    [Fact]
    public void A_structurally_sound_scenario_with_semantic_problems_still_carries_its_value()
    {
        var result = Tiny.LoadWith(n => n["enterprises"]![2]!["id"] = "E001");

        ProblemAssert.Has(result.Problems, "$.enterprises[2].id", ValidationRules.DuplicateId);
        ProblemAssert.Has(result.Problems, "$.orders[3].enterprise", ValidationRules.UnknownId);
        Assert.Equal(2, result.Problems.Count);
        Assert.NotNull(result.Value);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Room_ids_are_unique_across_institutions_and_bases()
    {
        var result = Tiny.LoadWith(n => n["bases"]![0]!["rooms"]![0]!["id"] = "I002-W1");

        ProblemAssert.Only(result.Problems, "$.bases[0].rooms[0].id", ValidationRules.DuplicateId);
    }

    [Fact]
    public void Empty_ids_are_reported()
    {
        var result = Tiny.LoadWith(n => n["regions"]![2]!["id"] = "");

        ProblemAssert.Has(result.Problems, "$.regions[2].id", ValidationRules.Empty);
    }
}
