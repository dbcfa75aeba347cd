using System.Globalization;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// Best-known minimisation values by instance name, from the benchmark folder's best_known.csv (columns
/// <c>file,pos,name,m,n,min_best,min_status,…</c>; later columns may hold quoted commas and are not read).
/// </summary>
internal sealed class GapBestKnown
{
    private readonly Dictionary<string, (long Value, string Status)> _values;

    private GapBestKnown(Dictionary<string, (long, string)> values) => _values = values;

    public static GapBestKnown Empty { get; } = new([]);

    public int Count => _values.Count;

    public (long Value, string Status)? For(string instance) =>
        _values.TryGetValue(instance, out var v) ? v : null;

    /// <summary>The best_known.csv next to an instance file or one folder up (for yagiura/…); empty when there is none.</summary>
    public static GapBestKnown Near(string instancePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(instancePath));
        for (var depth = 0; depth < 2 && folder is not null; depth++, folder = Path.GetDirectoryName(folder))
        {
            var csv = Path.Combine(folder, "best_known.csv");
            if (File.Exists(csv))
            {
                return Read(csv);
            }
        }

        return Empty;
    }

    public static GapBestKnown Read(string path)
    {
        var values = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            return new GapBestKnown(values);
        }

        var header = lines[0].Split(',');
        var name = Array.IndexOf(header, "name");
        var best = Array.IndexOf(header, "min_best");
        var status = Array.IndexOf(header, "min_status");
        if (name < 0 || best < 0)
        {
            throw new FormatException($"{path}: the header needs the columns 'name' and 'min_best'.");
        }

        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length > Math.Max(name, best)
                && long.TryParse(cells[best], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                values[cells[name]] = (value, status >= 0 && cells.Length > status ? cells[status] : string.Empty);
            }
        }

        return new GapBestKnown(values);
    }
}
