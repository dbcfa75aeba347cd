namespace OrderMatch.Jobs.Notify;

/// <summary>The signed accept and decline links of one class in one email.</summary>
internal sealed record ClassLinks(string Accept, string Decline);
