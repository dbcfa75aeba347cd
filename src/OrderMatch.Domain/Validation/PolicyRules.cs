namespace OrderMatch.Domain.Validation;

/// <summary>Every penalty and cost of the policy is a finite amount of at least 0.</summary>
internal static class PolicyRules
{
    public static void Check(ValidationContext context)
    {
        if (!context.Map.IsReadable(SourceMap.Policy))
        {
            return;
        }

        var policy = context.Scenario.Policy;
        context.NotNegative(policy.UnservedTraineePenalty, "$.policy.unservedTraineePenalty", "unservedTraineePenalty");
        context.NotNegative(policy.TraineeTravelCostPerKm, "$.policy.traineeTravelCostPerKm", "traineeTravelCostPerKm");
        context.NotNegative(policy.TrainerTravelCostPerKm, "$.policy.trainerTravelCostPerKm", "trainerTravelCostPerKm");
        context.NotNegative(policy.ClassOpeningCost, "$.policy.classOpeningCost", "classOpeningCost");
        context.NotNegative(policy.GradePenaltyPerTrainee.Excellent, "$.policy.gradePenaltyPerTrainee.excellent", "gradePenaltyPerTrainee.excellent");
        context.NotNegative(policy.GradePenaltyPerTrainee.Good, "$.policy.gradePenaltyPerTrainee.good", "gradePenaltyPerTrainee.good");
        context.NotNegative(policy.GradePenaltyPerTrainee.Pass, "$.policy.gradePenaltyPerTrainee.pass", "gradePenaltyPerTrainee.pass");
        context.NotNegative(policy.ChangePenalty, "$.policy.changePenalty", "changePenalty");
    }
}
