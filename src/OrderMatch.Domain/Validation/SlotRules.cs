namespace OrderMatch.Domain.Validation;

/// <summary>Allowed-slot lists name valid slots, and together leave room for a weekly pattern.</summary>
internal static class SlotRules
{
    /// <summary>Each entry of <paramref name="slots"/> must be a "Day-Period" of the horizon.</summary>
    public static void ValidEntries(ValidationContext context, IReadOnlyList<string>? slots, string path)
    {
        if (context.Horizon is not { } horizon || slots is null)
        {
            return;
        }

        for (var j = 0; j < slots.Count; j++)
        {
            if (!horizon.IsValidSlot(slots[j], out _))
            {
                context.Add($"{path}[{j}]", ValidationRules.Slots,
                    $"allowedSlots entry \"{slots[j]}\" is not a valid slot; a slot is a day of the horizon's days and one of its periods ({string.Join(", ", horizon.Periods)}), written like \"Mon-AM\"");
            }
        }
    }

    /// <summary>A pattern needs <paramref name="sessionsPerWeek"/> slots on distinct days.</summary>
    public static bool FitsPattern(IEnumerable<Calendar.Slot> slots, int sessionsPerWeek) =>
        slots.Select(s => s.Day).Distinct().Count() >= sessionsPerWeek;
}
