using OrderMatch.Data.Text;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Import;

/// <summary>Upserts of the calendar, policy and reference tables, one method per table family.</summary>
internal static class ReferenceUpserts
{
    private const char KeySeparator = '\u001f';

    private static readonly string SettingsSql = UpsertSql.For("planning_settings", ["id"],
    [
        "scenario_name", "start_date", "weeks", "days", "periods", "closed_dates", "unserved_trainee_penalty",
        "trainee_travel_cost_per_km", "trainer_travel_cost_per_km", "class_opening_cost", "grade_penalty_excellent",
        "grade_penalty_good", "grade_penalty_pass", "change_penalty",
    ]);

    private static readonly string RegionSql = UpsertSql.For("regions", ["id"], ["name", "alliance", "subsidy_scope"]);

    private static readonly string CourseSql = UpsertSql.For("courses", ["id"],
        ["occupation", "occupation_name", "level", "sessions", "sessions_per_week", "min_size", "max_size", "room_type", "allowed_slots"]);

    private static readonly string InstitutionSql = UpsertSql.For("institutions", ["id"],
        ["name", "region", "lat", "lon", "email", "grade", "credit_stars", "approved_regions", "max_concurrent_classes"]);

    private static readonly string OfferSql = UpsertSql.For("offers", ["institution", "course"], ["price_per_trainee", "position"]);

    private static readonly string BaseSql = UpsertSql.For("bases", ["id"], ["name", "region", "lat", "lon"]);

    private static readonly string RoomSql = UpsertSql.For("rooms", ["id"],
        ["institution", "base", "types", "capacity", "fee_per_session", "position"]);

    private static readonly string TrainerSql = UpsertSql.For("trainers", ["id"],
        ["name", "institution", "lat", "lon", "max_sessions_per_week", "max_travel_km"]);

    private static readonly string QualificationSql = UpsertSql.For("trainer_qualifications", ["trainer", "occupation"],
        ["max_level", "position"]);

    private static readonly string EnterpriseSql = UpsertSql.For("enterprises", ["id"], ["name", "region", "lat", "lon", "size"]);

    public static Task WriteSettingsAsync(ImportBatch batch, Scenario scenario)
    {
        var horizon = scenario.Horizon;
        var policy = scenario.Policy;
        return batch.ExecuteAsync("planning_settings", SettingsSql, new
        {
            id = (short)1,
            scenario_name = scenario.Name,
            start_date = horizon.StartDate,
            weeks = horizon.Weeks,
            days = horizon.Days.Select(FormatText.Of).ToArray(),
            periods = horizon.Periods.ToArray(),
            closed_dates = horizon.ClosedDates.ToArray(),
            unserved_trainee_penalty = policy.UnservedTraineePenalty,
            trainee_travel_cost_per_km = policy.TraineeTravelCostPerKm,
            trainer_travel_cost_per_km = policy.TrainerTravelCostPerKm,
            class_opening_cost = policy.ClassOpeningCost,
            grade_penalty_excellent = policy.GradePenaltyPerTrainee.Excellent,
            grade_penalty_good = policy.GradePenaltyPerTrainee.Good,
            grade_penalty_pass = policy.GradePenaltyPerTrainee.Pass,
            change_penalty = policy.ChangePenalty,
        });
    }

    public static Task WriteRegionsAsync(ImportBatch batch, IReadOnlyList<Region> regions) =>
        batch.ExecuteAsync("regions", RegionSql, regions.Select(r => new
        {
            id = r.Id, name = r.Name, alliance = r.Alliance, subsidy_scope = FormatText.Of(r.SubsidyScope),
        }).ToList());

    public static Task WriteCoursesAsync(ImportBatch batch, IReadOnlyList<Course> courses) =>
        batch.ExecuteAsync("courses", CourseSql, courses.Select(c => new
        {
            id = c.Id, occupation = c.Occupation, occupation_name = c.OccupationName, level = c.Level, sessions = c.Sessions,
            sessions_per_week = c.SessionsPerWeek, min_size = c.MinSize, max_size = c.MaxSize, room_type = c.RoomType,
            allowed_slots = c.AllowedSlots?.ToArray(),
        }).ToList());

    public static async Task WriteInstitutionsAsync(ImportBatch batch, IReadOnlyList<Institution> institutions)
    {
        await batch.ExecuteAsync("institutions", InstitutionSql, institutions.Select(i => new
        {
            id = i.Id, name = i.Name, region = i.Region, lat = i.Location.Lat, lon = i.Location.Lon, email = i.Email,
            grade = FormatText.Of(i.Grade), credit_stars = i.CreditStars, approved_regions = i.ApprovedRegions.ToArray(),
            max_concurrent_classes = i.MaxConcurrentClasses,
        }).ToList()).ConfigureAwait(false);
        var parents = institutions.Select(i => i.Id).ToArray();
        await batch.ExecuteAsync("offers", UpsertSql.DeleteStale("offers", "institution", $"institution || chr({(int)KeySeparator}) || course"), new
        {
            parents,
            keep = institutions.SelectMany(i => i.Offers.Select(o => i.Id + KeySeparator + o.Course)).ToArray(),
        }).ConfigureAwait(false);
        await batch.ExecuteAsync("offers", OfferSql, institutions.SelectMany(i => i.Offers.Select((o, n) => new
        {
            institution = i.Id, course = o.Course, price_per_trainee = o.PricePerTrainee, position = n,
        })).ToList()).ConfigureAwait(false);
        await WriteRoomsAsync(batch, "institution", parents,
            institutions.SelectMany(i => i.Rooms.Select((r, n) => RoomRow(r, n, i.Id, null)))).ConfigureAwait(false);
    }

    public static async Task WriteBasesAsync(ImportBatch batch, IReadOnlyList<TrainingBase> bases)
    {
        await batch.ExecuteAsync("bases", BaseSql, bases.Select(b => new
        {
            id = b.Id, name = b.Name, region = b.Region, lat = b.Location.Lat, lon = b.Location.Lon,
        }).ToList()).ConfigureAwait(false);
        var parents = bases.Select(b => b.Id).ToArray();
        await WriteRoomsAsync(batch, "base", parents,
            bases.SelectMany(b => b.Rooms.Select((r, n) => RoomRow(r, n, null, b.Id)))).ConfigureAwait(false);
        await Unavailabilities.WriteAsync(batch, "base_unavailability", "base",
            bases.Select(b => (b.Id, b.Unavailable))).ConfigureAwait(false);
    }

    public static async Task WriteTrainersAsync(ImportBatch batch, IReadOnlyList<Trainer> trainers)
    {
        await batch.ExecuteAsync("trainers", TrainerSql, trainers.Select(t => new
        {
            id = t.Id, name = t.Name, institution = t.Institution, lat = t.Location.Lat, lon = t.Location.Lon,
            max_sessions_per_week = t.MaxSessionsPerWeek, max_travel_km = t.MaxTravelKm,
        }).ToList()).ConfigureAwait(false);
        var parents = trainers.Select(t => t.Id).ToArray();
        await batch.ExecuteAsync("trainer_qualifications",
            UpsertSql.DeleteStale("trainer_qualifications", "trainer", $"trainer || chr({(int)KeySeparator}) || occupation"), new
            {
                parents,
                keep = trainers.SelectMany(t => t.Qualifications.Select(q => t.Id + KeySeparator + q.Occupation)).ToArray(),
            }).ConfigureAwait(false);
        await batch.ExecuteAsync("trainer_qualifications", QualificationSql, trainers.SelectMany(t => t.Qualifications.Select((q, n) => new
        {
            trainer = t.Id, occupation = q.Occupation, max_level = q.MaxLevel, position = n,
        })).ToList()).ConfigureAwait(false);
        await Unavailabilities.WriteAsync(batch, "trainer_unavailability", "trainer",
            trainers.Select(t => (t.Id, t.Unavailable))).ConfigureAwait(false);
    }

    public static Task WriteEnterprisesAsync(ImportBatch batch, IReadOnlyList<Enterprise> enterprises) =>
        batch.ExecuteAsync("enterprises", EnterpriseSql, enterprises.Select(e => new
        {
            id = e.Id, name = e.Name, region = e.Region, lat = e.Location.Lat, lon = e.Location.Lon, size = FormatText.Of(e.Size),
        }).ToList());

    private static RoomRow RoomRow(Room room, int position, string? institution, string? trainingBase) =>
        new(room.Id, institution, trainingBase, [.. room.Types], room.Capacity, room.FeePerSession, position);

    private static async Task WriteRoomsAsync(ImportBatch batch, string owner, string[] parents, IEnumerable<RoomRow> rooms)
    {
        var rows = rooms.ToList();
        await batch.ExecuteAsync("rooms", UpsertSql.DeleteStale("rooms", owner, "id"), new
        {
            parents,
            keep = rows.Select(r => r.id).ToArray(),
        }).ConfigureAwait(false);
        await batch.ExecuteAsync("rooms", RoomSql, rows).ConfigureAwait(false);
    }
}
