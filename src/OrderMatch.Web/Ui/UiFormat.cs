using System.Globalization;

namespace OrderMatch.Web.Ui;

/// <summary>How the pages write dates, times and figures: ISO dates, local times to the minute, grouped numbers.</summary>
public static class UiFormat
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string Time(DateTimeOffset time) => time.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? time) => time is { } t ? Time(t) : "—";

    public static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    public static string Money(double yuan) => yuan.ToString("N2", CultureInfo.InvariantCulture);

    public static string Number(double value, int decimals = 1) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Number(double? value, int decimals = 1) => value is { } v ? Number(v, decimals) : "—";

    /// <summary>A coordinate in SVG markup: invariant, one decimal.</summary>
    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
