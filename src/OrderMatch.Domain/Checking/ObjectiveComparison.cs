using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

/// <summary>Compares a reported objective with the recomputed one, to the cent, on the total and on every component.</summary>
internal static class ObjectiveComparison
{
    /// <summary>Half a cent, plus room for binary rounding of a value that was itself rounded to cents.</summary>
    public const double Tolerance = 0.005 + 1e-6;

    public static IReadOnlyList<string> Mismatches(Objective reported, ObjectiveComponents recomputed)
    {
        var lines = new List<string>();
        var given = reported.Components;
        Compare(lines, "total", reported.Total, recomputed.Total);
        Compare(lines, "unserved", given.Unserved, recomputed.Unserved);
        Compare(lines, "tuition", given.Tuition, recomputed.Tuition);
        Compare(lines, "roomFees", given.RoomFees, recomputed.RoomFees);
        Compare(lines, "traineeTravel", given.TraineeTravel, recomputed.TraineeTravel);
        Compare(lines, "trainerTravel", given.TrainerTravel, recomputed.TrainerTravel);
        Compare(lines, "classOpening", given.ClassOpening, recomputed.ClassOpening);
        Compare(lines, "quality", given.Quality, recomputed.Quality);
        Compare(lines, "changes", given.Changes, recomputed.Changes);
        return lines;
    }

    private static void Compare(List<string> lines, string name, double reported, double recomputed)
    {
        var difference = reported - recomputed;
        if (!(Math.Abs(difference) < Tolerance))
        {
            lines.Add($"{name}: reported {CheckText.Money(reported)}, recomputed {CheckText.Money(recomputed)} "
                + $"(exact {recomputed.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, off by {CheckText.Money(difference)})");
        }
    }
}
