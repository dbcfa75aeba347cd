using System.Globalization;

namespace OrderMatch.Web.Localization;

/// <summary>
/// One user-visible text in Simplified Chinese and English; it renders in the request's UI culture (zh-* → Chinese,
/// anything else → English). Texts with placeholders ({0}, {1}) are filled with <see cref="Format"/>.
/// </summary>
public readonly record struct UiText(string Zh, string En)
{
    public string Value => IsChinese(CultureInfo.CurrentUICulture) ? Zh : En;

    public static bool IsChinese(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "zh";
    }

    public string Format(params object?[] args) => string.Format(CultureInfo.CurrentCulture, Value, args);

    public override string ToString() => Value;
}
