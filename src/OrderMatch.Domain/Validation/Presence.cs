namespace OrderMatch.Domain.Validation;

/// <summary>Whether a field must be present and whether it may be JSON null.</summary>
internal enum Presence
{
    /// <summary>Must be present with a non-null value.</summary>
    Required,

    /// <summary>May be absent; if present, not null.</summary>
    Optional,

    /// <summary>Must be present; null is allowed.</summary>
    RequiredNullable,

    /// <summary>May be absent or null.</summary>
    OptionalNullable,
}
