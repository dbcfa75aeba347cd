using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>What the semantic rules need to know of a horizon, computed without trusting it to be well formed.</summary>
internal sealed class HorizonFacts
{
    private readonly HashSet<Weekday> _days;
    private readonly HashSet<string> _periods;

    public HorizonFacts(Horizon horizon)
    {
        _days = [.. horizon.Days.Where(System.Enum.IsDefined)];
        _periods = new HashSet<string>(horizon.Periods.Where(p => !string.IsNullOrWhiteSpace(p)), StringComparer.Ordinal);
        First = horizon.StartDate;
        var lastDayNumber = (long)horizon.StartDate.DayNumber + (7L * horizon.Weeks) - 1;
        Last = horizon.Weeks < 1 ? null : DateOnly.FromDayNumber((int)Math.Min(lastDayNumber, DateOnly.MaxValue.DayNumber));
    }

    public DateOnly First { get; }

    /// <summary>The horizon's last date, or null when it has no weeks.</summary>
    public DateOnly? Last { get; }

    public int DayCount => _days.Count;

    public IEnumerable<string> Periods => _periods;

    public bool HasPeriod(string? period) => period is not null && _periods.Contains(period);

    /// <summary>A text is a valid slot when it reads "Day-Period" with a day and a period of the horizon.</summary>
    public bool IsValidSlot(string? text, out Slot slot)
    {
        slot = default;
        if (!Slot.TryParse(text, out var parsed) || !_days.Contains(parsed.Value.Day) || !_periods.Contains(parsed.Value.Period))
        {
            return false;
        }

        slot = parsed.Value;
        return true;
    }

    /// <summary>The valid slots among <paramref name="allowed"/>, or every valid slot when it is null.</summary>
    public HashSet<Slot> Allowed(IReadOnlyList<string>? allowed)
    {
        if (allowed is null)
        {
            return [.. _days.SelectMany(d => _periods.Select(p => new Slot(d, p)))];
        }

        var slots = new HashSet<Slot>();
        foreach (var text in allowed)
        {
            if (IsValidSlot(text, out var slot))
            {
                slots.Add(slot);
            }
        }

        return slots;
    }

    public static string DescribeDays(IEnumerable<Slot> slots)
    {
        var days = slots.Select(s => s.Day).Distinct().Order().ToList();
        return days.Count == 0 ? "no day" : days.Count == 1 ? $"1 day ({days[0]})" : $"{days.Count} days ({string.Join(", ", days)})";
    }
}
