using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Import;

/// <summary>Upserts of orders (their lifecycle status untouched) and of pinned classes.</summary>
internal static class OrderUpserts
{
    private static readonly string OrderSql = UpsertSql.For("orders", ["id"],
    [
        "enterprise", "course", "trainees", "earliest_start", "deadline", "priority", "splittable", "min_chunk",
        "max_travel_km", "max_price_per_trainee", "requires_subsidy", "allowed_slots",
    ]).Replace(" where (", ", updated_at = now() where (", StringComparison.Ordinal);

    private static readonly string PinSql = UpsertSql.For("pins", ["class_id"],
        ["course", "institution", "trainer", "room", "start_week", "pattern", "position", "pinned_by"]);

    private static readonly string PinEnrollmentSql = UpsertSql.For("pin_enrollments", ["class_id", "order_id"], ["trainees", "position"]);

    public static Task WriteOrdersAsync(ImportBatch batch, IReadOnlyList<TrainingOrder> orders) =>
        batch.ExecuteAsync("orders", OrderSql, orders.Select(o => new
        {
            id = o.Id, enterprise = o.Enterprise, course = o.Course, trainees = o.Trainees, earliest_start = o.EarliestStart,
            deadline = o.Deadline, priority = o.Priority, splittable = o.Splittable, min_chunk = o.MinChunk,
            max_travel_km = o.MaxTravelKm, max_price_per_trainee = o.MaxPricePerTrainee, requires_subsidy = o.RequiresSubsidy,
            allowed_slots = o.AllowedSlots?.ToArray(),
        }).ToList());

    public static async Task WritePinsAsync(ImportBatch batch, IReadOnlyList<PlanClass> pins, string actor)
    {
        if (pins.Count == 0)
        {
            return;
        }

        await batch.ExecuteAsync("pins", PinSql, pins.Select((p, n) => new
        {
            class_id = p.Id, course = p.Course, institution = p.Institution, trainer = p.Trainer, room = p.Room,
            start_week = p.StartWeek, pattern = p.Pattern.ToArray(), position = n, pinned_by = actor,
        }).ToList()).ConfigureAwait(false);
        await batch.ExecuteAsync("pin_enrollments", UpsertSql.DeleteStale("pin_enrollments", "class_id", "class_id || chr(31) || order_id"), new
        {
            parents = pins.Select(p => p.Id).ToArray(),
            keep = pins.SelectMany(p => p.Enrollments.Select(e => p.Id + '\u001f' + e.Order)).ToArray(),
        }).ConfigureAwait(false);
        await batch.ExecuteAsync("pin_enrollments", PinEnrollmentSql, pins.SelectMany(p => p.Enrollments.Select((e, n) => new
        {
            class_id = p.Id, order_id = e.Order, trainees = e.Trainees, position = n,
        })).ToList()).ConfigureAwait(false);
    }
}
