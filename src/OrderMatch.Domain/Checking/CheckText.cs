using System.Globalization;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

/// <summary>How violation messages write dates, sessions, money and id lists.</summary>
internal static class CheckText
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(Session session) => $"{Date(session.Date)} {session.Period}";

    public static string Money(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Km(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Join(string.Empty, all) : $"{string.Join(", ", all.Take(all.Count - 1))} and {all[^1]}";
    }

    public static string Count(int n) => n switch
    {
        2 => "two",
        3 => "three",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
