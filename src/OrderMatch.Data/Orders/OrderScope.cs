namespace OrderMatch.Data.Orders;

/// <summary>
/// Which orders a user may see and change: an enterprise its own; a coordinator those of enterprises in its regions
/// (all regions when it has none listed); an admin all; an institution none. Orders outside the scope do not exist
/// for the user (404, never 403).
/// </summary>
public sealed record OrderScope(bool All, string? Enterprise, IReadOnlyList<string>? Regions)
{
    public static OrderScope Everything { get; } = new(true, null, null);

    public static OrderScope Nothing { get; } = new(false, null, null);

    /// <summary>A condition on <c>o</c> (orders) and <c>e</c> (its enterprise), with parameters @scopeEnterprise and @scopeRegions.</summary>
    public string Sql => All ? "true"
        : Enterprise is not null ? "o.enterprise = @scopeEnterprise"
        : Regions is not null ? "e.region = any(@scopeRegions)"
        : "false";

    public object Parameters => new { scopeEnterprise = Enterprise, scopeRegions = Regions?.ToArray() ?? [] };

    public bool Covers(string enterprise, string region) =>
        All || (Enterprise is not null ? Enterprise == enterprise : Regions is not null && Regions.Contains(region));
}
