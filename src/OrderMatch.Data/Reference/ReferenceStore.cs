using Dapper;
using Npgsql;
using OrderMatch.Data.Audit;
using OrderMatch.Data.Import;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Reference;

/// <summary>
/// Reference data one entity at a time: all of it read as a scenario without orders, and creates, replacements and
/// deletions written with the import's upserts (children — offers, rooms, qualifications, unavailability — replaced by
/// the entity's lists), each with its audit entry in one transaction. A deletion that something still refers to, or a
/// room id another site holds, is a conflict naming that entity; nothing is written then.
/// </summary>
public sealed class ReferenceStore(NpgsqlDataSource dataSource)
{
    /// <summary>Used for validation when no scenario has been imported yet: one week, every day, three periods.</summary>
    private static readonly Horizon DefaultHorizon = new()
    {
        StartDate = new DateOnly(2026, 1, 5),
        Weeks = 1,
        Days = [Weekday.Mon, Weekday.Tue, Weekday.Wed, Weekday.Thu, Weekday.Fri, Weekday.Sat, Weekday.Sun],
        Periods = ["AM", "PM", "EVE"],
    };

    private static readonly Policy DefaultPolicy = new()
    {
        UnservedTraineePenalty = 0, TraineeTravelCostPerKm = 0, TrainerTravelCostPerKm = 0, ClassOpeningCost = 0,
        GradePenaltyPerTrainee = new GradePenalties(0, 0, 0), ChangePenalty = 0,
    };

    /// <summary>Every reference entity, as a scenario without orders, pins or previous plan.</summary>
    public async Task<Scenario> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken)
            .ConfigureAwait(false);
        var read = new SnapshotQueries(connection, transaction, cancellationToken);
        var settings = await read.SettingsAsync().ConfigureAwait(false);
        var scenario = new Scenario
        {
            Name = settings?.Name ?? "reference",
            Horizon = settings?.Horizon ?? DefaultHorizon,
            Policy = settings?.Policy ?? DefaultPolicy,
            Regions = await read.RegionsAsync().ConfigureAwait(false),
            Courses = await read.CoursesAsync().ConfigureAwait(false),
            Institutions = await read.InstitutionsAsync().ConfigureAwait(false),
            Bases = await read.BasesAsync().ConfigureAwait(false),
            Trainers = await read.TrainersAsync().ConfigureAwait(false),
            Enterprises = await read.EnterprisesAsync().ConfigureAwait(false),
            Orders = [],
        };
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return scenario;
    }

    /// <summary>Creates (<paramref name="create"/>) or replaces one entity of <paramref name="collection"/>.</summary>
    public async Task<ReferenceChange> SaveAsync(ReferenceCollection collection, string id, object entity, bool create, string actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            $"select exists (select 1 from {Table(collection)} where id = @id)", new { id }, transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        if (exists == create)
        {
            return new ReferenceChange(create ? ReferenceOutcome.Exists : ReferenceOutcome.NotFound);
        }

        if (await RoomOwnerAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false) is { } taken)
        {
            return new ReferenceChange(ReferenceOutcome.Conflict, taken);
        }

        var batch = new ImportBatch(connection, transaction, cancellationToken, []);
        try
        {
            await WriteAsync(batch, entity).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation)
        {
            return new ReferenceChange(ReferenceOutcome.Conflict, Describe(e));
        }

        await AuditLog.WriteAsync(connection, transaction, actor, $"{Noun(collection)}.{(create ? "created" : "updated")}", Noun(collection), id,
            entity, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ReferenceChange.Done;
    }

    public async Task<ReferenceChange> DeleteAsync(ReferenceCollection collection, string id, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (collection == ReferenceCollection.Regions && await RegionUserAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false)
            is { } user)
        {
            return new ReferenceChange(ReferenceOutcome.Conflict, user);
        }

        int deleted;
        try
        {
            deleted = await connection.ExecuteAsync(new CommandDefinition($"delete from {Table(collection)} where id = @id", new { id },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            return new ReferenceChange(ReferenceOutcome.Conflict, Describe(e));
        }

        if (deleted == 0)
        {
            return ReferenceChange.NotFound;
        }

        await AuditLog.WriteAsync(connection, transaction, actor, $"{Noun(collection)}.deleted", Noun(collection), id, new { }, cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ReferenceChange.Done;
    }

    /// <summary>The table of a collection; also the singular noun used in audit entries and messages.</summary>
    public static string Table(ReferenceCollection collection) => collection.ToString().ToLowerInvariant();

    public static string Noun(ReferenceCollection collection) => collection switch
    {
        ReferenceCollection.Bases => "base",
        _ => Table(collection)[..^1],
    };

    private static Task WriteAsync(ImportBatch batch, object entity) => entity switch
    {
        Region r => ReferenceUpserts.WriteRegionsAsync(batch, [r]),
        Enterprise e => ReferenceUpserts.WriteEnterprisesAsync(batch, [e]),
        Course c => ReferenceUpserts.WriteCoursesAsync(batch, [c]),
        Institution i => ReferenceUpserts.WriteInstitutionsAsync(batch, [i]),
        Trainer t => ReferenceUpserts.WriteTrainersAsync(batch, [t]),
        TrainingBase b => ReferenceUpserts.WriteBasesAsync(batch, [b]),
        _ => throw new ArgumentException($"{entity.GetType().Name} is not reference data", nameof(entity)),
    };

    /// <summary>Room ids are unique across institutions and bases: a room of the entity that another site holds is a conflict.</summary>
    private static async Task<string?> RoomOwnerAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, object entity,
        CancellationToken cancellationToken)
    {
        var (ownerColumn, otherColumn, owner, rooms) = entity switch
        {
            Institution i => ("institution", "base", i.Id, i.Rooms),
            TrainingBase b => ("base", "institution", b.Id, b.Rooms),
            _ => ("", "", "", (IReadOnlyList<Room>)[]),
        };
        if (rooms.Count == 0)
        {
            return null;
        }

        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition($"""
            select 'room ' || id || ' belongs to ' || coalesce('institution ' || institution, 'base ' || base) from rooms
            where id = any(@ids) and ({ownerColumn} is distinct from @owner or {otherColumn} is not null)
            order by id limit 1
            """, new { ids = rooms.Select(r => r.Id).ToArray(), owner }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Regions are also named in institutions' approved regions and coordinators' bindings, which no foreign key guards.</summary>
    private static async Task<string?> RegionUserAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id,
        CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition("""
            select 'institution ' || id || ' lists it in approvedRegions' from institutions where @id = any(approved_regions)
            union all
            select 'user ' || login || ' coordinates it' from users where @id = any(regions)
            limit 1
            """, new { id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

    /// <summary>Names the table in the way: "order rows still refer to it (constraint orders_course_fkey)".</summary>
    private static string Describe(PostgresException e) => e.SqlState == PostgresErrorCodes.UniqueViolation
        ? $"a {Singular(e.TableName)} with the same key exists (constraint {e.ConstraintName})"
        : $"{Singular(e.TableName)} rows still refer to it (constraint {e.ConstraintName})";

    private static string Singular(string? table) => table switch
    {
        null => "other",
        "bases" => "base",
        "plan_classes" => "plan class",
        "plan_enrollments" or "plan_unassigned" => "plan",
        _ => table.TrimEnd('s').Replace('_', ' '),
    };
}
