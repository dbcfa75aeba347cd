using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace OrderMatch.Web.Localization;

/// <summary>
/// Reads Accept-Language: the language range with the highest quality that is Chinese (zh, zh-CN, zh-Hans, …) or
/// English decides; ties keep the header's order. Other languages are skipped; none at all leaves the default.
/// </summary>
public sealed class PreferredLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return Task.FromResult(Choose(httpContext.Request.Headers.AcceptLanguage.ToString()) is { } culture
            ? new ProviderCultureResult(culture)
            : null);
    }

    /// <summary>zh-CN, en, or null for an Accept-Language header value.</summary>
    public static string? Choose(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage)
            || !StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var ranges))
        {
            return null;
        }

        var best = ranges
            .Select((range, index) => (Language: Language(range.Value.Value), Quality: range.Quality ?? 1, index))
            .Where(r => r.Language is not null && r.Quality > 0)
            .OrderByDescending(r => r.Quality)
            .ThenBy(r => r.index)
            .FirstOrDefault();
        return best.Language;
    }

    private static string? Language(string? range)
    {
        var primary = range?.Split('-')[0];
        return string.Equals(primary, "zh", StringComparison.OrdinalIgnoreCase) ? UiCultures.Chinese
            : string.Equals(primary, "en", StringComparison.OrdinalIgnoreCase) ? UiCultures.English
            : null;
    }
}
