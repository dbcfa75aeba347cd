namespace OrderMatch.Domain.Generation;

/// <summary>Entity counts of a tier; <see cref="Trainees"/> is a target the generated orders approach.</summary>
public sealed record TierSize(int Regions, int Institutions, int Trainers, int Bases, int Courses, int Orders, int Trainees, int Weeks)
{
    public static TierSize For(Tier tier) => tier switch
    {
        Tier.S => new TierSize(8, 30, 120, 3, 20, 300, 3_600, 13),
        Tier.M => new TierSize(16, 600, 3_000, 89, 80, 5_000, 60_000, 13),
        Tier.L => new TierSize(21, 1_200, 8_000, 130, 150, 20_000, 125_000, 13),
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "unknown tier"),
    };
}
