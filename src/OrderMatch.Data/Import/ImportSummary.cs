namespace OrderMatch.Data.Import;

/// <summary>
/// Rows an import wrote, by table: inserted or changed. Rows already stored with the same content are not counted,
/// so re-importing the same scenario reports zero everywhere.
/// </summary>
public sealed record ImportSummary(IReadOnlyDictionary<string, int> Written)
{
    public int Total => Written.Values.Sum();
}
