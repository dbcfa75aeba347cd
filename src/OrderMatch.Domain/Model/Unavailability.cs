namespace OrderMatch.Domain.Model;

/// <summary>Either a whole-day range <c>from</c>…<c>to</c> (inclusive) or one <c>date</c> and <c>period</c>.</summary>
public sealed record Unavailability
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public DateOnly? Date { get; init; }
    public string? Period { get; init; }

    public bool Covers(DateOnly date, string period)
    {
        if (From is { } from && To is { } to)
        {
            return date >= from && date <= to;
        }

        return Date == date && (Period is null || Period == period);
    }
}
