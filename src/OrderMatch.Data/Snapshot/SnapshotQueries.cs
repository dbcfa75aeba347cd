using Dapper;
using Npgsql;
using OrderMatch.Data.Text;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Snapshot;

/// <summary>The queries of one snapshot, each reading one table family inside the snapshot's transaction.</summary>
internal sealed class SnapshotQueries(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
{
    public async Task<SnapshotSettings?> SettingsAsync()
    {
        var rows = await QueryAsync<dynamic>("select * from planning_settings").ConfigureAwait(false);
        if (rows.FirstOrDefault() is not { } s)
        {
            return null;
        }

        var horizon = new Horizon
        {
            StartDate = (DateOnly)s.start_date,
            Weeks = (int)s.weeks,
            Days = [.. ((string[])s.days).Select(FormatText.Parse<Weekday>)],
            Periods = (string[])s.periods,
            ClosedDates = (DateOnly[])s.closed_dates,
        };
        var policy = new Policy
        {
            UnservedTraineePenalty = (double)s.unserved_trainee_penalty,
            TraineeTravelCostPerKm = (double)s.trainee_travel_cost_per_km,
            TrainerTravelCostPerKm = (double)s.trainer_travel_cost_per_km,
            ClassOpeningCost = (double)s.class_opening_cost,
            GradePenaltyPerTrainee = new GradePenalties((double)s.grade_penalty_excellent, (double)s.grade_penalty_good, (double)s.grade_penalty_pass),
            ChangePenalty = (double)s.change_penalty,
        };
        return new SnapshotSettings((string)s.scenario_name, horizon, policy);
    }

    public async Task<IReadOnlyList<Region>> RegionsAsync() =>
        [.. (await QueryAsync<(string Id, string Name, string? Alliance, string Scope)>(
            "select id, name, alliance, subsidy_scope from regions order by id").ConfigureAwait(false))
            .Select(r => new Region { Id = r.Id, Name = r.Name, Alliance = r.Alliance, SubsidyScope = FormatText.Parse<SubsidyScope>(r.Scope) })];

    public async Task<IReadOnlyList<Course>> CoursesAsync() =>
        [.. (await QueryAsync<dynamic>(
            "select id, occupation, occupation_name, level, sessions, sessions_per_week, min_size, max_size, room_type, allowed_slots from courses order by id")
            .ConfigureAwait(false))
            .Select(c => new Course
            {
                Id = (string)c.id, Occupation = (string)c.occupation, OccupationName = (string)c.occupation_name, Level = (int)c.level,
                Sessions = (int)c.sessions, SessionsPerWeek = (int)c.sessions_per_week, MinSize = (int)c.min_size, MaxSize = (int)c.max_size,
                RoomType = (string)c.room_type, AllowedSlots = (string[]?)c.allowed_slots,
            })];

    public async Task<IReadOnlyList<Institution>> InstitutionsAsync()
    {
        var offers = (await QueryAsync<(string Institution, string Course, double Price)>(
            "select institution, course, price_per_trainee from offers order by institution, position").ConfigureAwait(false))
            .ToLookup(o => o.Institution, o => new Offer(o.Course, o.Price), StringComparer.Ordinal);
        var rooms = await RoomsAsync("institution").ConfigureAwait(false);
        return [.. (await QueryAsync<dynamic>(
            "select id, name, region, lat, lon, email, grade, credit_stars, approved_regions, max_concurrent_classes from institutions order by id")
            .ConfigureAwait(false))
            .Select(i => new Institution
            {
                Id = (string)i.id, Name = (string)i.name, Region = (string)i.region, Location = new Location((double)i.lat, (double)i.lon),
                Email = (string)i.email, Grade = FormatText.Parse<Grade>((string)i.grade), CreditStars = (int)i.credit_stars,
                ApprovedRegions = (string[])i.approved_regions, Offers = [.. offers[(string)i.id]],
                MaxConcurrentClasses = (int)i.max_concurrent_classes, Rooms = [.. rooms[(string)i.id]],
            })];
    }

    public async Task<IReadOnlyList<TrainingBase>> BasesAsync()
    {
        var rooms = await RoomsAsync("base").ConfigureAwait(false);
        var unavailable = await UnavailableAsync("base_unavailability", "base").ConfigureAwait(false);
        return [.. (await QueryAsync<(string Id, string Name, string Region, double Lat, double Lon)>(
            "select id, name, region, lat, lon from bases order by id").ConfigureAwait(false))
            .Select(b => new TrainingBase
            {
                Id = b.Id, Name = b.Name, Region = b.Region, Location = new Location(b.Lat, b.Lon), Rooms = [.. rooms[b.Id]],
                Unavailable = [.. unavailable[b.Id]],
            })];
    }

    public async Task<IReadOnlyList<Trainer>> TrainersAsync()
    {
        var qualifications = (await QueryAsync<(string Trainer, string Occupation, int MaxLevel)>(
            "select trainer, occupation, max_level from trainer_qualifications order by trainer, position").ConfigureAwait(false))
            .ToLookup(q => q.Trainer, q => new Qualification(q.Occupation, q.MaxLevel), StringComparer.Ordinal);
        var unavailable = await UnavailableAsync("trainer_unavailability", "trainer").ConfigureAwait(false);
        return [.. (await QueryAsync<(string Id, string Name, string? Institution, double Lat, double Lon, int MaxSessions, double MaxTravel)>(
            "select id, name, institution, lat, lon, max_sessions_per_week, max_travel_km from trainers order by id").ConfigureAwait(false))
            .Select(t => new Trainer
            {
                Id = t.Id, Name = t.Name, Institution = t.Institution, Location = new Location(t.Lat, t.Lon),
                Qualifications = [.. qualifications[t.Id]], MaxSessionsPerWeek = t.MaxSessions, MaxTravelKm = t.MaxTravel,
                Unavailable = [.. unavailable[t.Id]],
            })];
    }

    public async Task<IReadOnlyList<Enterprise>> EnterprisesAsync() =>
        [.. (await QueryAsync<(string Id, string Name, string Region, double Lat, double Lon, string Size)>(
            "select id, name, region, lat, lon, size from enterprises order by id").ConfigureAwait(false))
            .Select(e => new Enterprise
            {
                Id = e.Id, Name = e.Name, Region = e.Region, Location = new Location(e.Lat, e.Lon), Size = FormatText.Parse<EnterpriseSize>(e.Size),
            })];

    public async Task<IReadOnlyList<TrainingOrder>> OrdersAsync(IReadOnlyList<string> statuses) =>
        [.. (await QueryAsync<Orders.OrderRow>(
            $"select {Orders.OrderRow.Columns} from orders o where o.status = any(@statuses) order by o.id",
            new { statuses = statuses.ToArray() }).ConfigureAwait(false))
            .Select(o => o.ToOrder())];

    public async Task<IReadOnlyList<PlanClass>> PinsAsync()
    {
        var enrollments = (await QueryAsync<(string ClassId, string OrderId, int Trainees)>(
            "select class_id, order_id, trainees from pin_enrollments order by class_id, position").ConfigureAwait(false))
            .ToLookup(e => e.ClassId, e => new Enrollment(e.OrderId, e.Trainees), StringComparer.Ordinal);
        return [.. (await QueryAsync<Plans.ClassRow>(
            "select class_id, course, institution, trainer, room, start_week, pattern from pins order by position, class_id").ConfigureAwait(false))
            .Select(p => new PlanClass
            {
                Id = p.class_id, Course = p.course, Institution = p.institution, Trainer = p.trainer, Room = p.room, StartWeek = p.start_week,
                Pattern = p.pattern, Enrollments = [.. enrollments[p.class_id]],
            })];
    }

    private async Task<ILookup<string, Room>> RoomsAsync(string owner) =>
        (await QueryAsync<dynamic>(
            $"select {owner} as owner, id, types, capacity, fee_per_session from rooms where {owner} is not null order by {owner}, position")
            .ConfigureAwait(false))
            .ToLookup(r => (string)r.owner, r => new Room
            {
                Id = (string)r.id, Types = (string[])r.types, Capacity = (int)r.capacity, FeePerSession = (double)r.fee_per_session,
            }, StringComparer.Ordinal);

    private async Task<ILookup<string, Unavailability>> UnavailableAsync(string table, string owner) =>
        (await QueryAsync<(string Owner, DateOnly? From, DateOnly? To, DateOnly? On, string? Period)>(
            $"select {owner}, from_date, to_date, on_date, period from {table} order by {owner}, position").ConfigureAwait(false))
            .ToLookup(u => u.Owner, u => new Unavailability
            {
                From = u.From, To = u.To, Date = u.On, Period = u.Period,
            }, StringComparer.Ordinal);

    private Task<IEnumerable<T>> QueryAsync<T>(string sql, object? args = null) =>
        connection.QueryAsync<T>(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken));
}
