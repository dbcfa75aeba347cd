namespace OrderMatch.Web.Auth;

/// <summary>
/// The authentication schemes: a browser signs in and carries a cookie; a program sends
/// <c>Authorization: Bearer &lt;token&gt;</c>. <see cref="Default"/> picks one of the two per request.
/// </summary>
public static class AuthSchemes
{
    public const string Default = "OrderMatch";
    public const string Cookie = "Cookie";
    public const string Token = "ApiToken";
    public const string CsrfHeader = "X-CSRF-TOKEN";
}
