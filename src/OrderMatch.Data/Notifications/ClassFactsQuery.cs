using Dapper;
using Npgsql;
using OrderMatch.Domain.ICalendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Notifications;

/// <summary>Reads a stored plan's classes as <see cref="ClassFacts"/>: names, venue, sessions and enrolled enterprises.</summary>
public static class ClassFactsQuery
{
    public static async Task<IReadOnlyList<ClassFacts>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long planId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var args = new { planId };
        var classes = await connection.QueryAsync<(string ClassId, string Course, string CourseName, int Level, string Institution,
            string InstitutionName, string Trainer, string TrainerName, string Room, string VenueName, string RegionName, double Lat, double Lon)>(
            new CommandDefinition("""
                select k.class_id, k.course, c.occupation_name, c.level, k.institution, i.name, k.trainer, t.name, k.room,
                       coalesce(ri.name, b.name), g.name, coalesce(ri.lat, b.lat), coalesce(ri.lon, b.lon)
                from plan_classes k
                join courses c on c.id = k.course
                join institutions i on i.id = k.institution
                join trainers t on t.id = k.trainer
                join rooms r on r.id = k.room
                left join institutions ri on ri.id = r.institution
                left join bases b on b.id = r.base
                join regions g on g.id = coalesce(ri.region, b.region)
                where k.plan_id = @planId
                order by k.position
                """, args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var sessions = (await connection.QueryAsync<(string ClassId, DateOnly Date, string Period)>(new CommandDefinition(
            "select class_id, session_date, period from plan_sessions where plan_id = @planId order by class_id, position",
            args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(s => s.ClassId, s => new Session(s.Date, s.Period), StringComparer.Ordinal);
        var enrollments = (await connection.QueryAsync<(string ClassId, string Order, string Enterprise, string EnterpriseName, int Trainees)>(
            new CommandDefinition("""
                select e.class_id, e.order_id, o.enterprise, n.name, e.trainees
                from plan_enrollments e
                join orders o on o.id = e.order_id
                join enterprises n on n.id = o.enterprise
                where e.plan_id = @planId
                order by e.class_id, e.position
                """, args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(e => e.ClassId, e => new EnrolledEnterprise(e.Order, e.Enterprise, e.EnterpriseName, e.Trainees), StringComparer.Ordinal);
        return [.. classes.Select(k => new ClassFacts
        {
            ClassId = k.ClassId,
            CourseId = k.Course,
            CourseName = k.CourseName,
            Level = k.Level,
            InstitutionId = k.Institution,
            InstitutionName = k.InstitutionName,
            TrainerId = k.Trainer,
            TrainerName = k.TrainerName,
            RoomId = k.Room,
            VenueName = k.VenueName,
            VenueAddress = Address(k.RegionName, k.Lat, k.Lon),
            Sessions = [.. sessions[k.ClassId]],
            Enrollments = [.. enrollments[k.ClassId]],
        })];
    }

    private static string Address(string region, double lat, double lon) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{region} ({lat:0.0000}, {lon:0.0000})");
}
