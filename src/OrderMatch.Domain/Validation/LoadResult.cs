namespace OrderMatch.Domain.Validation;

/// <summary>
/// The outcome of loading a document. <see cref="Value"/> is set whenever the document has the right shape, even if
/// semantic problems were found; it is null when the shape itself is broken.
/// </summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<ValidationProblem> Problems)
    where T : class
{
    public bool IsValid => Value is not null && Problems.Count == 0;
}
