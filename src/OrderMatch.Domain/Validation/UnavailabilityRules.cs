using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>An unavailability is either a whole-day range from ≤ to, or one date with an optional period of the horizon.</summary>
internal static class UnavailabilityRules
{
    public static void Check(ValidationContext context, IReadOnlyList<Unavailability> entries, string listPath)
    {
        for (var u = 0; u < entries.Count; u++)
        {
            Entry(context, entries[u], $"{listPath}[{u}]");
        }
    }

    private static void Entry(ValidationContext context, Unavailability entry, string path)
    {
        var isRange = entry.From is not null && entry.To is not null && entry.Date is null && entry.Period is null;
        var isDate = entry.Date is not null && entry.From is null && entry.To is null;
        if (!isRange && !isDate)
        {
            context.Add(path, ValidationRules.Unavailability,
                "an unavailable entry needs either both from and to, or a date with an optional period, and not both kinds");
            return;
        }

        if (isRange && entry.From > entry.To)
        {
            context.Add($"{path}.from", ValidationRules.Window,
                $"from {ValidationContext.Text(entry.From!.Value)} is after to {ValidationContext.Text(entry.To!.Value)}");
        }

        if (entry.Period is not null && context.Horizon is { } horizon && !horizon.HasPeriod(entry.Period))
        {
            context.Add($"{path}.period", ValidationRules.Slots,
                $"period \"{entry.Period}\" is not one of the horizon's periods ({string.Join(", ", horizon.Periods)})");
        }
    }
}
