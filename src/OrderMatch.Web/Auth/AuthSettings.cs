namespace OrderMatch.Web.Auth;

/// <summary>Password sign-in settings (section <c>Auth</c>).</summary>
public sealed record AuthSettings
{
    public const string SectionName = "Auth";

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedLogins { get; init; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan Lockout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in cookie lasts without use (sliding).</summary>
    public TimeSpan CookieLifetime { get; init; } = TimeSpan.FromHours(8);

    public static AuthSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(SectionName).Get<AuthSettings>() ?? new AuthSettings();
        if (settings.MaxFailedLogins < 1 || settings.Lockout <= TimeSpan.Zero || settings.CookieLifetime <= TimeSpan.Zero)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(SectionName, typeof(AuthSettings),
                ["Auth:MaxFailedLogins must be at least 1, Auth:Lockout and Auth:CookieLifetime above zero"]);
        }

        return settings;
    }
}
