namespace OrderMatch.Data.Plans;

#pragma warning disable IDE1006, CA1707, CA1819 // named like the columns they are read from
internal sealed class ClassRow
{
    public string class_id { get; init; } = "";

    public string course { get; init; } = "";

    public string institution { get; init; } = "";

    public string trainer { get; init; } = "";

    public string room { get; init; } = "";

    public int start_week { get; init; }

    public string[] pattern { get; init; } = [];
}
#pragma warning restore IDE1006, CA1707, CA1819
