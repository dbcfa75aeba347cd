namespace OrderMatch.Web.Auth;

/// <summary>The antiforgery token to send back in <see cref="HeaderName"/> with every cookie-authenticated change.</summary>
public sealed record CsrfView(string Token, string HeaderName);
