namespace OrderMatch.Web.Respond;

/// <summary>How many declines were marked seen.</summary>
public sealed record SeenCount(int Seen);
