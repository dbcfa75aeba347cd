using System.Globalization;
using OrderMatch.Domain.Validation;
using OrderMatch.Web.Orders;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Ui;

/// <summary>
/// The new-order form as the browser posts it (every field text), turned into the API's <see cref="OrderInput"/>.
/// A value that is not a number or a date becomes a "type" error on its field; empty optional fields stay absent.
/// </summary>
public sealed class OrderForm
{
    public string? Enterprise { get; set; }
    public string? Course { get; set; }
    public string? Trainees { get; set; }
    public string? EarliestStart { get; set; }
    public string? Deadline { get; set; }
    public string? Priority { get; set; } = "3";
    public bool Splittable { get; set; } = true;
    public string? MinChunk { get; set; }
    public string? MaxTravelKm { get; set; }
    public string? MaxPricePerTrainee { get; set; }
    public bool RequiresSubsidy { get; set; }
    public string? AllowedSlots { get; set; }

    public OrderInput ToInput(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new OrderInput
        {
            Enterprise = Text(Enterprise),
            Course = Text(Course),
            Trainees = Integer(Trainees, "trainees", errors),
            EarliestStart = Date(EarliestStart, "earliestStart", errors),
            Deadline = Date(Deadline, "deadline", errors),
            Priority = Integer(Priority, "priority", errors),
            Splittable = Splittable,
            MinChunk = Integer(MinChunk, "minChunk", errors),
            MaxTravelKm = Number(MaxTravelKm, "maxTravelKm", errors),
            MaxPricePerTrainee = Number(MaxPricePerTrainee, "maxPricePerTrainee", errors),
            RequiresSubsidy = RequiresSubsidy,
            AllowedSlots = Text(AllowedSlots) is { } slots
                ? [.. slots.Split([',', ' ', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                : null,
        };
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int? Integer(string? value, string field, FieldErrors errors)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(field, ValidationRules.Type, $"{field} \"{text}\" is not a whole number");
        return null;
    }

    private static double? Number(string? value, string field, FieldErrors errors)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(field, ValidationRules.Type, $"{field} \"{text}\" is not a number");
        return null;
    }

    private static DateOnly? Date(string? value, string field, FieldErrors errors)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, ValidationRules.Type, $"{field} \"{text}\" is not a date written yyyy-MM-dd");
        return null;
    }
}
