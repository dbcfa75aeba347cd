using System.Globalization;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Web.Orders;

/// <summary>
/// Turns one CSV row into an <see cref="OrderInput"/>: empty cells are absent fields; dates are yyyy-MM-dd; booleans
/// true/false, yes/no, 1/0 or 是/否; allowedSlots separated by spaces, semicolons or '|'.
/// </summary>
public static class OrderCsvRow
{
    private static readonly char[] SlotSeparators = [' ', ';', '|', '\t'];

    public static OrderInput Read(IReadOnlyDictionary<string, int> columns, string[] fields, int row, List<CsvRowError> errors)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(errors);
        string? Cell(string name) => columns.TryGetValue(name, out var i) && fields[i].Trim() is { Length: > 0 } value ? value : null;

        int? Integer(string name)
        {
            if (Cell(name) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add(new CsvRowError(row, name, ValidationRules.Type, $"{name} \"{text}\" is not a whole number"));
            return null;
        }

        double? Number(string name)
        {
            if (Cell(name) is not { } text)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add(new CsvRowError(row, name, ValidationRules.Type, $"{name} \"{text}\" is not a number"));
            return null;
        }

        DateOnly? Date(string name)
        {
            if (Cell(name) is not { } text)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                return value;
            }

            errors.Add(new CsvRowError(row, name, ValidationRules.Date, $"{name} \"{text}\" is not a date written yyyy-MM-dd"));
            return null;
        }

        bool? Flag(string name)
        {
            switch (Cell(name)?.ToLowerInvariant())
            {
                case null:
                    return null;
                case "true" or "yes" or "1" or "是":
                    return true;
                case "false" or "no" or "0" or "否":
                    return false;
                case var text:
                    errors.Add(new CsvRowError(row, name, ValidationRules.Type, $"{name} \"{text}\" is not true/false (yes/no, 1/0, 是/否)"));
                    return null;
            }
        }

        return new OrderInput
        {
            Id = Cell("id"),
            Enterprise = Cell("enterprise"),
            Course = Cell("course"),
            Trainees = Integer("trainees"),
            EarliestStart = Date("earliestStart"),
            Deadline = Date("deadline"),
            Priority = Integer("priority"),
            Splittable = Flag("splittable"),
            MinChunk = Integer("minChunk"),
            MaxTravelKm = Number("maxTravelKm"),
            MaxPricePerTrainee = Number("maxPricePerTrainee"),
            RequiresSubsidy = Flag("requiresSubsidy"),
            AllowedSlots = Cell("allowedSlots")?.Split(SlotSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
    }
}
