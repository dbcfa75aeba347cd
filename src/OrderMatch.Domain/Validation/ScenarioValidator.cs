using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>Pass 2: the semantic rules, one family at a time, over a typed scenario.</summary>
internal static class ScenarioValidator
{
    public static void Run(Scenario scenario, SourceMap map, ProblemList problems)
    {
        var context = new ValidationContext(scenario, map, problems);
        IdentityRules.Check(context);
        HorizonRules.Check(context);
        CourseRules.Check(context);
        SiteRules.Check(context);
        TrainerRules.Check(context);
        OrderRules.Check(context);
        PolicyRules.Check(context);
        ClassReferenceRules.Check(context);
    }
}
