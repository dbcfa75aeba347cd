using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace OrderMatch.Web.Localization;

/// <summary>
/// The UI's two languages and how a request picks one: the language cookie set by the switch, else Chinese when the
/// browser's Accept-Language prefers Chinese to English, else English.
/// </summary>
public static class UiCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public const string CookieName = "ordermatch.lang";

    public static IReadOnlyList<string> All { get; } = [Chinese, English];

    public static RequestLocalizationOptions Options()
    {
        var cultures = All.Select(CultureInfo.GetCultureInfo).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider { CookieName = CookieName },
            new PreferredLanguageCultureProvider(),
        ];
        return options;
    }

    /// <summary>The supported culture named by <paramref name="name"/>, or null.</summary>
    public static string? Supported(string? name) => All.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
}
