namespace OrderMatch.Data.Users;

/// <summary>A freshly issued API token: its id, and the token itself, which is never stored and shown only now.</summary>
public sealed record IssuedToken(long Id, string Name, string Token);
