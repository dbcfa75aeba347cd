using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

public class MultiDefectTests
{
    [Fact]
    public void Five_semantic_defects_are_all_reported_with_their_paths()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["horizon"]!["startDate"] = "2026-01-06";
            n["courses"]!.AsArray().Add(n["courses"]![0]!.DeepClone());
            n["courses"]![0]!["level"] = 7;
            n["orders"]![0]!["enterprise"] = "E404";
            n["institutions"]![1]!["rooms"]![0]!["capacity"] = -8;
        });

        ProblemAssert.Has(result.Problems, "$.horizon.startDate", ValidationRules.NotMonday);
        ProblemAssert.Has(result.Problems, "$.courses[2].id", ValidationRules.DuplicateId);
        ProblemAssert.Has(result.Problems, "$.courses[0].level", ValidationRules.Range);
        ProblemAssert.Has(result.Problems, "$.orders[0].enterprise", ValidationRules.UnknownId);
        ProblemAssert.Has(result.Problems, "$.institutions[1].rooms[0].capacity", ValidationRules.Range);
        Assert.True(result.Problems.Count == 5, ProblemAssert.Describe(result.Problems));
    }

    [Fact]
    public void Structural_and_semantic_defects_in_different_entities_are_reported_together()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["horizon"]!["startDate"] = "2026-01-06";
            n["courses"]!.AsArray().Add(n["courses"]![0]!.DeepClone());
            n["courses"]![0]!["level"] = 7;
            n["orders"]![0]!["enterprise"] = "E404";
            n["orders"]![2]!["deadline"] = "2026-02-30";
        });

        ProblemAssert.Has(result.Problems, "$.horizon.startDate", ValidationRules.NotMonday);
        ProblemAssert.Has(result.Problems, "$.courses[2].id", ValidationRules.DuplicateId);
        ProblemAssert.Has(result.Problems, "$.courses[0].level", ValidationRules.Range);
        ProblemAssert.Has(result.Problems, "$.orders[0].enterprise", ValidationRules.UnknownId);
        ProblemAssert.Has(result.Problems, "$.orders[2].deadline", ValidationRules.Date);
        Assert.True(result.Problems.Count == 5, ProblemAssert.Describe(result.Problems));
        Assert.Null(result.Value);
    }

    [Fact]
    public void Paths_keep_the_original_indices_when_earlier_entries_are_broken()
    {
        // orders[1] cannot be read; the semantic problem of orders[3] must still say orders[3].
        var result = Tiny.LoadWith(n =>
        {
            n["orders"]![1]!["trainees"] = "six";
            n["orders"]![3]!["priority"] = 9;
            n["institutions"]![0]!["grade"] = "gold";
            n["institutions"]![2]!["creditStars"] = 0;
        });

        ProblemAssert.Has(result.Problems, "$.orders[1].trainees", ValidationRules.Type);
        ProblemAssert.Has(result.Problems, "$.orders[3].priority", ValidationRules.Range);
        ProblemAssert.Has(result.Problems, "$.institutions[0].grade", ValidationRules.Enum);
        ProblemAssert.Has(result.Problems, "$.institutions[2].creditStars", ValidationRules.Range);
        Assert.Equal(4, result.Problems.Count);
    }
}
