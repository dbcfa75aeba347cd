namespace OrderMatch.Domain.Validation;

/// <summary>Collects problems in the order they are found.</summary>
internal sealed class ProblemList
{
    private readonly List<ValidationProblem> _items = [];

    public int Count => _items.Count;

    public IReadOnlyList<ValidationProblem> Items => _items;

    public void Add(string path, string rule, string message) => _items.Add(new ValidationProblem(path, rule, message));

    /// <summary>Is there a problem at <paramref name="path"/> or anywhere inside it?</summary>
    public bool AnyWithin(string path) => _items.Exists(p => IsWithin(p.Path, path));

    public static bool IsWithin(string problemPath, string path) =>
        problemPath.StartsWith(path, StringComparison.Ordinal)
        && (problemPath.Length == path.Length || problemPath[path.Length] is '.' or '[');
}
