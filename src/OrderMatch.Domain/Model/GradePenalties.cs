namespace OrderMatch.Domain.Model;

public sealed record GradePenalties(double Excellent, double Good, double Pass)
{
    public double For(Grade grade) => grade switch
    {
        Grade.Excellent => Excellent,
        Grade.Good => Good,
        Grade.Pass => Pass,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "a failed institution has no penalty: it may not be assigned"),
    };
}
