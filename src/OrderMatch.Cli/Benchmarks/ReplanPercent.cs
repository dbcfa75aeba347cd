namespace OrderMatch.Cli.Benchmarks;

/// <summary>How many of a collection a percentage names: rounded half away from zero, so 3 % of 150 classes is 5.</summary>
public static class ReplanPercent
{
    public static int Of(int total, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (!(percent >= 0 && percent <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "a percentage lies between 0 and 100");
        }

        return (int)Math.Round(total * percent / 100, MidpointRounding.AwayFromZero);
    }
}
