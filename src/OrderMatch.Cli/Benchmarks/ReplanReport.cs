using System.Globalization;
using System.Text;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>The re-planning experiment as Markdown: what changed, the re-plan against the minimum, and the re-plan against a run from scratch.</summary>
internal static class ReplanReport
{
    public static string Markdown(IReadOnlyList<ReplanResult> results, string commandLine, double newOrdersPercent, double declinesPercent)
    {
        var text = new StringBuilder();
        text.AppendLine("# Minimal-change re-planning: re-plan with the plan in force vs the minimum change vs a run from scratch");
        text.AppendLine();
        text.AppendLine(Invariant($"Command: `{commandLine}`  "));
        text.AppendLine(Invariant($"Machine: {Environment.ProcessorCount} logical CPU(s), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC."));
        text.AppendLine();
        text.Append(Invariant($"Per scenario: the generated scenario S0 is solved (P0, the approved plan); S1 adds {newOrdersPercent:0.##} % new orders and declines {declinesPercent:0.##} % of P0's classes (their trainees are demand again); "));
        text.Append("S1 is solved with `previousPlan` = P0 less the declined classes (P1, the re-plan) and without it (P2, from scratch), each with the same time limit, one after the other. ");
        text.Append("A previous class is *kept* when the plan has a class of the same id, institution, trainer, room, start week and pattern (FORMAT.md, `changes`); *changed* = previous classes not kept. ");
        text.Append("The *minimum* is established by the checker: the plan keeping every previous class as it is and opening nothing else is checked on S1; classes named by a broken rule are taken out and the rest checked again. ");
        text.AppendLine("P2 is checked on S1 without `previousPlan` (the scenario it was made for); its classes are named afresh, so *same decisions* counts previous classes it repeats under any id.");
        text.AppendLine();
        text.AppendLine("## What changed");
        text.AppendLine();
        text.AppendLine("| scenario | orders | P0 classes | P0 objective | P0 coverage | P0 s | P0 checks | declined | new orders | new trainees | previousPlan classes |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var p0 = r.Approved;
            text.AppendLine(Invariant(
                $"| {r.Name} | {r.Original.Orders.Count} | {p0.Plan.Classes.Count} | {Money(p0.Plan.Objective.Total)} | {Pct(p0.Plan.Kpis.Coverage)} | {p0.Seconds:0.0} | {Yes(p0.Checks)} | {r.Replan.Declined.Count} | {r.Replan.NewOrders.Count} | {r.NewTrainees} | {r.Previous} |"));
        }

        text.AppendLine();
        text.AppendLine("## Re-plan (P1) against the minimum");
        text.AppendLine();
        text.AppendLine("| scenario | minimum changes | kept-whole plan checks | kept-whole objective | P1 kept | P1 changed | changes priced | P1 objective | P1 without changes | P1 coverage | P1 s | P1 checks |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var p1 = r.Replanned;
            text.AppendLine(Invariant(
                $"| {r.Name} | {(r.Minimum.Exact ? "" : "≤ ")}{r.Minimum.Changes} | {Yes(r.Minimum.Check.IsValid)} | {Money(r.Minimum.Witness.Objective.Total)} | {p1.Kept} | {r.Changed} | {r.ChangesPriced:0} | {Money(p1.Plan.Objective.Total)} | {Money(p1.ObjectiveWithoutChanges)} | {Pct(p1.Plan.Kpis.Coverage)} | {p1.Seconds:0.0} | {Yes(p1.Checks)} |"));
        }

        text.AppendLine();
        text.AppendLine("## From scratch (P2) against the re-plan");
        text.AppendLine();
        text.AppendLine("| scenario | P2 objective | P2 coverage | P2 kept (same id) | P2 same decisions (any id) | P2 s | P2 checks | P1 without changes − P2 | % of P2 |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var p2 = r.FromScratch;
            text.AppendLine(Invariant(
                $"| {r.Name} | {Money(p2.Plan.Objective.Total)} | {Pct(p2.Plan.Kpis.Coverage)} | {p2.Kept} | {p2.KeptUnderAnyId} | {p2.Seconds:0.0} | {Yes(p2.Checks)} | {Money(r.Difference)} | {Pct(r.DifferenceShare)} |"));
        }

        text.AppendLine();
        text.AppendLine("## Details");
        text.AppendLine();
        foreach (var r in results)
        {
            text.AppendLine(Invariant($"- {r.Name}: declined {List(r.Replan.Declined)}; new orders {List(r.Replan.NewOrders.Select(o => o.Id))}."));
            text.AppendLine(Invariant($"  Minimum: {MinimumText(r)}"));
            foreach (var run in new[] { r.Approved, r.Replanned, r.FromScratch }.Where(x => !x.Checks))
            {
                text.AppendLine($"  {run.Name} fails the checker: {run.CheckNote}");
            }

            foreach (var problem in r.ScenarioProblems)
            {
                text.AppendLine($"  S1 breaks a format rule: {problem}");
            }
        }

        return text.ToString();
    }

    public static string MinimumText(ReplanResult r)
    {
        var m = r.Minimum;
        if (!m.Check.IsValid)
        {
            return Invariant($"not established — the kept-whole plan still breaks {string.Join(", ", m.Check.ByRule().Select(g => g.Key))} without naming a previous class");
        }

        return m.Blocked.Count == 0
            ? Invariant($"0 — keeping all {r.Previous} previous classes as they are and opening nothing else passes the checker (H1–H17)")
            : Invariant($"at most {m.Changes} — these previous classes cannot be kept as they are: {string.Join("; ", m.Blocked.Select(b => $"{b.Class} ({string.Join(", ", b.Rules)})"))}; the other {r.Previous - m.Changes} kept as they are pass the checker (an upper bound: a class might be kept with other enrollments)");
    }

    private static string List(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    private static string Money(double value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Pct(double value) => value.ToString("P2", CultureInfo.InvariantCulture);

    private static string Yes(bool value) => value ? "yes" : "NO";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
