using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>A trainer belongs to a known institution or the shared pool, holds qualifications of level 1–5, and has sane limits.</summary>
internal static class TrainerRules
{
    public static void Check(ValidationContext context)
    {
        var trainers = context.Scenario.Trainers;
        for (var t = 0; t < trainers.Count; t++)
        {
            Trainer(context, trainers[t], context.Item(SourceMap.Trainers, t));
        }
    }

    private static void Trainer(ValidationContext context, Trainer trainer, string path)
    {
        context.Known(context.Index.Institutions, SourceMap.Institutions, trainer.Institution, $"{path}.institution", "institution", "institution");
        context.Location(trainer.Location, $"{path}.location");
        for (var q = 0; q < trainer.Qualifications.Count; q++)
        {
            context.InRange(trainer.Qualifications[q].MaxLevel, 1, 5, $"{path}.qualifications[{q}].maxLevel", "maxLevel");
        }

        context.AtLeastOne(trainer.MaxSessionsPerWeek, $"{path}.maxSessionsPerWeek", "maxSessionsPerWeek");
        context.NotNegative(trainer.MaxTravelKm, $"{path}.maxTravelKm", "maxTravelKm");
        UnavailabilityRules.Check(context, trainer.Unavailable, $"{path}.unavailable");
    }
}
