using System.Globalization;
using System.Text.RegularExpressions;
using OrderMatch.Data.Orders;
using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Orders;

/// <summary>
/// The rules of FORMAT.md §3 and of the orders table for one order: known enterprise and course, trainees ≥ 1,
/// priority 1–5, 1 ≤ minChunk ≤ trainees, earliestStart ≤ deadline and a window that meets the horizon, non-negative
/// limits, and allowed slots that are valid slots leaving, with the course's, room for a weekly pattern.
/// Each problem names the field (camelCase) and a rule id of <see cref="ValidationRules"/>.
/// </summary>
public static partial class OrderValidator
{
    public static TrainingOrder? Validate(string id, string? enterprise, OrderInput input, OrderFacts facts, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(errors);
        if (!IdPattern().IsMatch(id))
        {
            errors.Add("id", "format", $"id \"{id}\" must be 1 to 64 letters, digits, '.', '_' or '-'");
        }

        References(enterprise, input, facts, errors);
        Numbers(input, errors);
        Window(input, facts.Horizon, errors);
        Slots(input, facts, errors);
        if (!errors.IsEmpty)
        {
            return null;
        }

        return new TrainingOrder
        {
            Id = id,
            Enterprise = enterprise!,
            Course = input.Course!,
            Trainees = input.Trainees!.Value,
            EarliestStart = input.EarliestStart!.Value,
            Deadline = input.Deadline!.Value,
            Priority = input.Priority!.Value,
            Splittable = input.Splittable ?? true,
            MinChunk = input.MinChunk ?? 1,
            MaxTravelKm = input.MaxTravelKm,
            MaxPricePerTrainee = input.MaxPricePerTrainee,
            RequiresSubsidy = input.RequiresSubsidy ?? false,
            AllowedSlots = input.AllowedSlots,
        };
    }

    private static void References(string? enterprise, OrderInput input, OrderFacts facts, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(enterprise))
        {
            errors.Add("enterprise", ValidationRules.Required, "enterprise is required");
        }
        else if (facts.EnterpriseRegion is null)
        {
            errors.Add("enterprise", ValidationRules.UnknownId, $"enterprise \"{enterprise}\" does not exist");
        }

        if (string.IsNullOrEmpty(input.Course))
        {
            errors.Add("course", ValidationRules.Required, "course is required");
        }
        else if (facts.Course is null)
        {
            errors.Add("course", ValidationRules.UnknownId, $"course \"{input.Course}\" does not exist");
        }
    }

    private static void Numbers(OrderInput input, FieldErrors errors)
    {
        if (input.Trainees is not { } trainees)
        {
            errors.Add("trainees", ValidationRules.Required, "trainees is required");
        }
        else if (trainees < 1)
        {
            errors.Add("trainees", ValidationRules.Range, $"trainees {trainees} must be at least 1");
        }

        if (input.Priority is not { } priority)
        {
            errors.Add("priority", ValidationRules.Required, "priority is required (1 to 5, 5 = most urgent)");
        }
        else if (priority is < 1 or > 5)
        {
            errors.Add("priority", ValidationRules.Range, $"priority {priority} must be between 1 and 5");
        }

        if (input.MinChunk is { } chunk && (chunk < 1 || (input.Trainees is >= 1 && chunk > input.Trainees)))
        {
            errors.Add("minChunk", ValidationRules.Range,
                $"minChunk {chunk} must be at least 1 and at most trainees ({input.Trainees?.ToString(CultureInfo.InvariantCulture) ?? "missing"})");
        }

        NotNegative(input.MaxTravelKm, "maxTravelKm", errors);
        NotNegative(input.MaxPricePerTrainee, "maxPricePerTrainee", errors);
    }

    private static void NotNegative(double? value, string field, FieldErrors errors)
    {
        if (value is { } v && (!double.IsFinite(v) || v < 0))
        {
            errors.Add(field, ValidationRules.Range, $"{field} {v.ToString(CultureInfo.InvariantCulture)} must be a number of at least 0");
        }
    }

    /// <summary>earliestStart ≤ deadline, and the window meets the horizon when one is stored.</summary>
    private static void Window(OrderInput input, Horizon? horizon, FieldErrors errors)
    {
        if (input.EarliestStart is null)
        {
            errors.Add("earliestStart", ValidationRules.Required, "earliestStart is required (yyyy-MM-dd)");
        }

        if (input.Deadline is null)
        {
            errors.Add("deadline", ValidationRules.Required, "deadline is required (yyyy-MM-dd)");
        }

        if (input.EarliestStart is not { } start || input.Deadline is not { } deadline)
        {
            return;
        }

        if (start > deadline)
        {
            errors.Add("deadline", ValidationRules.Window, $"deadline {Text(deadline)} is before earliestStart {Text(start)}");
            return;
        }

        if (horizon is null)
        {
            return;
        }

        var calendar = new ScenarioCalendar(horizon);
        var span = $"the planning horizon {Text(calendar.FirstDate)} to {Text(calendar.LastDate)}";
        if (deadline < calendar.FirstDate)
        {
            errors.Add("deadline", ValidationRules.Window, $"deadline {Text(deadline)} is before {span} begins");
        }
        else if (start > calendar.LastDate)
        {
            errors.Add("earliestStart", ValidationRules.Window, $"earliestStart {Text(start)} is after {span} ends");
        }
    }

    /// <summary>Each entry is a valid slot of the horizon; with the course's slots they leave sessionsPerWeek distinct days.</summary>
    private static void Slots(OrderInput input, OrderFacts facts, FieldErrors errors)
    {
        if (input.AllowedSlots is not { } slots)
        {
            return;
        }

        var calendar = facts.Horizon is null ? null : new ScenarioCalendar(facts.Horizon);
        var parsed = new List<Slot>();
        foreach (var text in slots)
        {
            if (!Slot.TryParse(text, out var slot) || (calendar is not null && !calendar.IsValidSlot(slot.Value)))
            {
                errors.Add("allowedSlots", ValidationRules.Slots,
                    $"allowedSlots entry \"{text}\" is not a valid slot: a day and a period of the horizon, written like \"Mon-AM\"");
            }
            else if (parsed.Contains(slot.Value))
            {
                errors.Add("allowedSlots", ValidationRules.DuplicateValue, $"allowedSlots lists \"{text}\" twice");
            }
            else
            {
                parsed.Add(slot.Value);
            }
        }

        if (facts.Course is not { } course || errors.Rules.ContainsKey("allowedSlots"))
        {
            return;
        }

        var usable = parsed.Where(s => course.AllowedSlots is null || course.AllowedSlots.Contains(s.ToString())).ToList();
        if (usable.Select(s => s.Day).Distinct().Count() < course.SessionsPerWeek)
        {
            errors.Add("allowedSlots", ValidationRules.Slots,
                $"allowedSlots leave, together with course \"{course.Id}\"'s allowed slots, too few days for its {course.SessionsPerWeek} sessions a week on distinct days; no pattern fits");
        }
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex IdPattern();
}
