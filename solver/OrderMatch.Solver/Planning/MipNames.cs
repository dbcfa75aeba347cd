using System.Text;

namespace OrderMatch.Solver.Planning;

/// <summary>Column and row names built from entity ids, kept to the characters LP and MPS files accept.</summary>
internal static class MipNames
{
    public static string Clean(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            text.Append(char.IsAsciiLetterOrDigit(ch) || ch == '_' ? ch : '_');
        }

        return text.ToString();
    }
}
