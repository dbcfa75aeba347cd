namespace OrderMatch.Domain.Validation;

/// <summary>The rule ids a <see cref="ValidationProblem"/> may carry.</summary>
public static class ValidationRules
{
    /// <summary>The file could not be read.</summary>
    public const string File = "file";

    /// <summary>The bytes are not UTF-8.</summary>
    public const string Encoding = "encoding";

    /// <summary>The text is empty or not well-formed JSON.</summary>
    public const string Json = "json";

    /// <summary><c>formatVersion</c> is not 1.</summary>
    public const string FormatVersion = "format-version";

    /// <summary>A required field is absent.</summary>
    public const string Required = "required";

    /// <summary>A field has the wrong JSON type (string, number, integer, boolean, array, object).</summary>
    public const string Type = "type";

    /// <summary>A value is not one of the names the format allows.</summary>
    public const string Enum = "enum";

    /// <summary>A date is not a real calendar date written yyyy-MM-dd.</summary>
    public const string Date = "date";

    /// <summary>An id is referenced but no entity of that kind has it.</summary>
    public const string UnknownId = "unknown-id";

    /// <summary>Two entities of one kind share an id (rooms: across institutions and bases).</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A list repeats a value that must appear once.</summary>
    public const string DuplicateValue = "duplicate-value";

    /// <summary>A list or text that must have content is empty.</summary>
    public const string Empty = "empty";

    /// <summary>The horizon does not start on a Monday.</summary>
    public const string NotMonday = "not-monday";

    /// <summary>A number lies outside its allowed range.</summary>
    public const string Range = "range";

    /// <summary>A minimum exceeds its maximum.</summary>
    public const string MinMax = "min-max";

    /// <summary>A date window is reversed or lies outside the horizon.</summary>
    public const string Window = "window";

    /// <summary>A slot is not valid for the horizon, or the allowed slots leave no possible weekly pattern.</summary>
    public const string Slots = "slots";

    /// <summary>An unavailability entry is neither <c>from</c>+<c>to</c> nor <c>date</c> (+<c>period</c>).</summary>
    public const string Unavailability = "unavailability";
}
