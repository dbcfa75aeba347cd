namespace OrderMatch.Data.Plans;

#pragma warning disable IDE1006, CA1707 // named like the columns they are read from
internal sealed record PlanRow(long id, long? run_id, string status, string scenario_name, double objective_total, double unserved,
    double tuition, double room_fees, double trainee_travel, double trainer_travel, double class_opening, double quality,
    double changes, string kpis, string? solver_status, double? solver_bound, double? solver_seconds);

#pragma warning restore IDE1006, CA1707
