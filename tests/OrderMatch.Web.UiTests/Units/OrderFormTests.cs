using OrderMatch.Web.Problems;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.UiTests.Units;

public sealed class OrderFormTests
{
    [Fact]
    public void Typed_text_becomes_the_order_input_and_empty_optional_fields_stay_absent()
    {
        var errors = new FieldErrors();
        var input = new OrderForm
        {
            Course = " WELD-2 ", Trainees = "12", EarliestStart = "2026-01-05", Deadline = "2026-02-27", Priority = "5",
            Splittable = false, MinChunk = "", MaxTravelKm = "25.5", AllowedSlots = "Mon-AM, Wed-AM，Fri-PM",
        }.ToInput(errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal("WELD-2", input.Course);
        Assert.Equal(12, input.Trainees);
        Assert.Equal(new DateOnly(2026, 1, 5), input.EarliestStart);
        Assert.Equal(5, input.Priority);
        Assert.False(input.Splittable);
        Assert.Null(input.MinChunk);
        Assert.Null(input.MaxPricePerTrainee);
        Assert.Equal(25.5, input.MaxTravelKm);
        Assert.Equal(["Mon-AM", "Wed-AM", "Fri-PM"], input.AllowedSlots);
    }

    [Fact]
    public void Text_that_is_no_number_or_date_is_a_type_problem_of_its_field()
    {
        var errors = new FieldErrors();
        new OrderForm { Trainees = "twelve", Deadline = "27.02.2026", MaxPricePerTrainee = "cheap" }.ToInput(errors);

        var problems = FieldProblem.From(errors);
        Assert.Equal(["deadline", "maxPricePerTrainee", "trainees"], problems.Select(p => p.Field).Order());
        Assert.All(problems, p => Assert.Equal("type", p.Rule));
        Assert.Contains(problems, p => p.Message.Contains("twelve", StringComparison.Ordinal));
    }
}
