namespace OrderMatch.Web.Auth;

/// <summary>The body of POST /api/auth/login.</summary>
public sealed record LoginRequest(string? Login, string? Password);
