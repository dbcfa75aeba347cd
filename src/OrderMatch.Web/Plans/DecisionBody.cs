namespace OrderMatch.Web.Plans;

/// <summary>The body of POST /api/plans/{id}/approve (comment optional) and /reject (comment required).</summary>
public sealed record DecisionBody
{
    public string? Comment { get; init; }
}
