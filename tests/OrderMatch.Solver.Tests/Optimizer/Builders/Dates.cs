using System.Globalization;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Tests.Optimizer.Builders;

/// <summary>Dates and unavailabilities written as in the format ("2026-01-05").</summary>
internal static class Dates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whole days <paramref name="from"/>…<paramref name="to"/>, inclusive.</summary>
    public static Unavailability Range(string from, string to) => new() { From = D(from), To = D(to) };

    /// <summary>One date and period.</summary>
    public static Unavailability Slot(string date, string period) => new() { Date = D(date), Period = period };
}
