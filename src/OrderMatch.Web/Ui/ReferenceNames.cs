using Dapper;
using Npgsql;

namespace OrderMatch.Web.Ui;

/// <summary>
/// Display names of the reference data the pages show by id: institutions, trainers, courses (occupation and level),
/// rooms (with their site) and enterprises. An unknown id shows as itself.
/// </summary>
public sealed class ReferenceNames
{
    private readonly Dictionary<(string Kind, string Id), string> _names;

    private ReferenceNames(Dictionary<(string Kind, string Id), string> names) => _names = names;

    public static ReferenceNames Empty { get; } = new([]);

    public string Institution(string id) => Named("institution", id);

    public string Trainer(string id) => Named("trainer", id);

    public string Course(string id) => Named("course", id);

    public string Room(string id) => Named("room", id);

    public string Enterprise(string id) => Named("enterprise", id);

    /// <summary>Every course id, in order (the choices of the order form).</summary>
    public IReadOnlyList<string> CourseIds => [.. _names.Keys.Where(k => k.Kind == "course").Select(k => k.Id).Order(StringComparer.Ordinal)];

    public static async Task<ReferenceNames> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Kind, string Id, string Name)>(new CommandDefinition("""
            select 'institution', id, name from institutions
            union all select 'trainer', id, name from trainers
            union all select 'course', id, occupation_name from courses
            union all select 'room', r.id, coalesce(i.name, b.name) from rooms r
                left join institutions i on i.id = r.institution left join bases b on b.id = r.base
            union all select 'enterprise', id, name from enterprises
            """, cancellationToken: cancellationToken));
        var names = new Dictionary<(string, string), string>();
        foreach (var (kind, id, name) in rows)
        {
            names[(kind, id)] = name;
        }

        return new ReferenceNames(names);
    }

    private string Named(string kind, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _names.TryGetValue((kind, id), out var name) ? $"{id} {name}" : id;
    }
}
