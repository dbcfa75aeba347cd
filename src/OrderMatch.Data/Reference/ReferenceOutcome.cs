namespace OrderMatch.Data.Reference;

/// <summary>How a reference data change ended.</summary>
public enum ReferenceOutcome
{
    Done,
    NotFound,

    /// <summary>Creating: the id is taken.</summary>
    Exists,

    /// <summary>Another row holds a value that must be unique (a room id), or refers to what is being removed.</summary>
    Conflict,
}
