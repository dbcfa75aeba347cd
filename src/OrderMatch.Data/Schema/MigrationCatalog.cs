using System.Globalization;
using System.Reflection;

namespace OrderMatch.Data.Schema;

/// <summary>The migrations embedded in this assembly (Migrations/*.sql), in version order.</summary>
public static class MigrationCatalog
{
    private const string Prefix = "OrderMatch.Data.Migrations.";

    public static IReadOnlyList<Migration> All { get; } = Load();

    private static List<Migration> Load()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var file = resource[Prefix.Length..];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(file[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"migration '{file}' must be named NNNN_name.sql");
            }

            migrations.Add(new Migration(version, Path.GetFileNameWithoutExtension(file)[(underscore + 1)..], Read(assembly, resource)));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"two migrations share version {duplicate.Key}");
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded migration {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
