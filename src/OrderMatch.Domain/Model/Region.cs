namespace OrderMatch.Domain.Model;

public sealed record Region
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Alliance { get; init; }
    public required SubsidyScope SubsidyScope { get; init; }
}
