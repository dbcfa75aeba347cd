using OrderMatch.Data.Pins;

namespace OrderMatch.Web.Ui;

/// <summary>
/// What the pin form asks to keep: "class" for the whole class (it wins over any decision ticked with it), or a
/// non-empty set of the decisions institution, trainer, room and time, in that order.
/// </summary>
public static class PinChoice
{
    /// <summary>The keep list for the pin store, or null when nothing valid was chosen.</summary>
    public static IReadOnlyList<string>? Read(IEnumerable<string?>? chosen)
    {
        var values = (chosen ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
        if (values.Contains(PinDecision.WholeClass, StringComparer.Ordinal))
        {
            return [PinDecision.WholeClass];
        }

        if (values.Count == 0 || values.Any(v => !PinDecision.All.Contains(v)))
        {
            return null;
        }

        return [.. PinDecision.All.Where(values.Contains)];
    }
}
