using System.Globalization;

namespace OrderMatch.Domain.Generation;

/// <summary>Entity ids of generated scenarios: a prefix and a number padded to the collection's size ("I001", "O00017").</summary>
internal static class Ids
{
    public static string Make(string prefix, int number, int count, int minDigits = 3)
    {
        var digits = Math.Max(minDigits, count.ToString(CultureInfo.InvariantCulture).Length);
        return prefix + number.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
