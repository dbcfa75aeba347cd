namespace OrderMatch.Domain.Generation;

/// <summary>Scale tiers of generated scenarios (DESIGN.md, scale tiers).</summary>
public enum Tier
{
    /// <summary>A city: Zhenjiang.</summary>
    S,

    /// <summary>A metropolis: Shanghai.</summary>
    M,

    /// <summary>A province quarter: Sichuan.</summary>
    L,
}
