using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

public class RangeRuleTests
{
    [Theory]
    [InlineData("courses", 0, "level", 7)]
    [InlineData("courses", 1, "level", 0)]
    [InlineData("orders", 0, "priority", 6)]
    [InlineData("institutions", 2, "creditStars", 0)]
    [InlineData("orders", 1, "trainees", 0)]
    [InlineData("courses", 0, "sessions", 0)]
    [InlineData("courses", 1, "sessionsPerWeek", -1)]
    [InlineData("institutions", 0, "maxConcurrentClasses", 0)]
    [InlineData("trainers", 1, "maxSessionsPerWeek", 0)]
    [InlineData("trainers", 3, "maxTravelKm", -5)]
    [InlineData("orders", 2, "maxTravelKm", -1)]
    [InlineData("orders", 1, "maxPricePerTrainee", -100)]
    public void Numbers_outside_their_range_are_reported(string collection, int index, string field, int value)
    {
        var result = Tiny.LoadWith(n => n[collection]![index]![field] = value);

        var problem = ProblemAssert.Has(result.Problems, $"$.{collection}[{index}].{field}", ValidationRules.Range);
        Assert.StartsWith($"{field} {value}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Qualification_max_level_is_one_to_five()
    {
        var result = Tiny.LoadWith(n => n["trainers"]![3]!["qualifications"]![1]!["maxLevel"] = 6);

        ProblemAssert.Only(result.Problems, "$.trainers[3].qualifications[1].maxLevel", ValidationRules.Range);
    }

    [Fact]
    public void Room_capacity_fee_and_price_are_checked()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["institutions"]![1]!["rooms"]![0]!["capacity"] = 0;
            n["bases"]![0]!["rooms"]![1]!["feePerSession"] = -150;
            n["institutions"]![0]!["offers"]![0]!["pricePerTrainee"] = -1;
        });

        ProblemAssert.Has(result.Problems, "$.institutions[1].rooms[0].capacity", ValidationRules.Range);
        ProblemAssert.Has(result.Problems, "$.bases[0].rooms[1].feePerSession", ValidationRules.Range);
        ProblemAssert.Has(result.Problems, "$.institutions[0].offers[0].pricePerTrainee", ValidationRules.Range);
        Assert.Equal(3, result.Problems.Count);
    }

    [Fact]
    public void Policy_amounts_must_not_be_negative()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["policy"]!["changePenalty"] = -1;
            n["policy"]!["gradePenaltyPerTrainee"]!["good"] = -60;
        });

        ProblemAssert.Has(result.Problems, "$.policy.changePenalty", ValidationRules.Range);
        ProblemAssert.Has(result.Problems, "$.policy.gradePenaltyPerTrainee.good", ValidationRules.Range);
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void Coordinates_must_be_on_earth()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["enterprises"]![0]!["location"]!["lat"] = 91.0;
            n["bases"]![0]!["location"]!["lon"] = -181.5;
        });

        ProblemAssert.Has(result.Problems, "$.enterprises[0].location.lat", ValidationRules.Range);
        ProblemAssert.Has(result.Problems, "$.bases[0].location.lon", ValidationRules.Range);
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void Min_size_must_not_exceed_max_size()
    {
        var result = Tiny.LoadWith(n => n["courses"]![0]!["minSize"] = 21);

        var problem = ProblemAssert.Only(result.Problems, "$.courses[0].minSize", ValidationRules.MinMax);
        Assert.Equal("minSize 21 is greater than maxSize 20", problem.Message);
    }

    [Fact]
    public void Sessions_per_week_cannot_exceed_the_training_days()
    {
        var result = Tiny.LoadWith(n => n["courses"]![0]!["sessionsPerWeek"] = 7);

        ProblemAssert.Only(result.Problems, "$.courses[0].sessionsPerWeek", ValidationRules.Range);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Min_chunk_must_lie_between_one_and_the_trainees(int minChunk)
    {
        var result = Tiny.LoadWith(n => n["orders"]![0]!["minChunk"] = minChunk);

        ProblemAssert.Only(result.Problems, "$.orders[0].minChunk", ValidationRules.Range);
    }
}
