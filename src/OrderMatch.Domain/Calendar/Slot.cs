using System.Diagnostics.CodeAnalysis;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Calendar;

/// <summary>A day and a period of a week, written "Mon-AM".</summary>
public readonly record struct Slot(Weekday Day, string Period)
{
    public override string ToString() => $"{Day}-{Period}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out Slot? slot)
    {
        slot = null;
        if (text is null)
        {
            return false;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash == text.Length - 1 || !Enum.TryParse<Weekday>(text[..dash], ignoreCase: false, out var day)
            || !Enum.IsDefined(day) || text[..dash].Any(char.IsDigit))
        {
            return false;
        }

        slot = new Slot(day, text[(dash + 1)..]);
        return true;
    }

    public static Slot Parse(string text) =>
        TryParse(text, out var slot) ? slot.Value : throw new FormatException($"'{text}' is not a slot like \"Mon-AM\"");
}
