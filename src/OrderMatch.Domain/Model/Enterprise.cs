namespace OrderMatch.Domain.Model;

public sealed record Enterprise
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    public required Location Location { get; init; }
    public required EnterpriseSize Size { get; init; }
}
