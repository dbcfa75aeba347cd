namespace OrderMatch.Domain.Model;

/// <summary>Which institutions may deliver subsidised training to a region's enterprises.</summary>
public enum SubsidyScope
{
    /// <summary>Institutions of the same region only (本地保护).</summary>
    Local,
    /// <summary>Same region or same alliance.</summary>
    Alliance,
    /// <summary>Anywhere.</summary>
    Any,
}
