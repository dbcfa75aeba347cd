using OrderMatch.Domain.Model;

namespace OrderMatch.Solver;

/// <summary>Limits and knobs of one optimization run. Limits live here, never in literals.</summary>
public sealed record SolveOptions
{
    /// <summary>Wall-clock limit for the whole run, in seconds.</summary>
    public double TimeLimitSeconds { get; init; } = 60;

    /// <summary>
    /// Cores the run may use. A scenario planned as one exact model hands them to CBC's parallel mode; a sliced run
    /// solves each MIP on one CBC thread and re-solves this many neighbourhoods side by side
    /// (<see cref="SearchLanes"/>). On tier S seeds 1–6 at 60 s, two threads given to CBC's parallel mode in every MIP
    /// ended worse than one thread on five seeds (4.0 % over the six), and two lanes 2.0 % worse than one thread.
    /// </summary>
    public int Threads { get; init; } = 1;

    public int Seed { get; init; } = 1;

    /// <summary>Relative gap at which a MIP stops as good enough.</summary>
    public double RelativeGap { get; init; } = 1e-6;

    /// <summary>
    /// Largest number of candidate classes one MIP may hold. Below it every candidate is generated (the model is
    /// exhaustive and its bound is a proof); above it candidates are pruned and slices are solved one after another.
    /// </summary>
    public int MaxCandidatesPerModel { get; init; } = 6000;

    /// <summary>Largest number of enrollment columns one MIP may hold before the candidate set is pruned.</summary>
    public int MaxEnrollmentColumnsPerModel { get; init; } = 60000;

    /// <summary>
    /// Most candidate classes one slice's or neighbourhood's MIP works on in a sliced run; beyond it the best per order
    /// are kept (restricted master). CBC's root node dominates these MIPs and grows faster than the model, so a smaller
    /// master leaves time for more neighbourhoods.
    /// </summary>
    public int MaxMipCandidates { get; init; } = 500;

    /// <summary>Most candidate classes the one model of a scenario that fits it works on (beyond it the model is restricted and not exact).</summary>
    public int MaxExactMipCandidates { get; init; } = 1200;

    /// <summary>Candidates each order keeps in a restricted master.</summary>
    public int MipCandidatesPerOrder { get; init; } = 12;

    /// <summary>
    /// Candidates each order also keeps at each institution it may attend in a restricted master, so the MIP may
    /// place classes at institutions other than the ones its cheapest candidates share.
    /// </summary>
    public int MipCandidatesPerInstitution { get; init; } = 1;

    /// <summary>
    /// Share of the time limit kept back from the slice-by-slice construction for the large-neighbourhood search that
    /// re-solves competing courses together (used when the scenario does not fit one exact model). Only a guard: the
    /// work of both phases is counted in nodes and neighbourhoods, never in seconds.
    /// </summary>
    public double ImprovementShare { get; init; } = 0.25;

    /// <summary>
    /// Branch-and-bound nodes one slice's MIP may explore. Work is limited by counts, not by the clock, so the same
    /// scenario, seed, threads and limits give the same plan however loaded the machine is; the time limit stays an
    /// outer guard that only a machine far slower than usual reaches. 100 rather than 500 leaves the search more time;
    /// on tier S seeds 1–3 at 60 s the median gap (3 runs or more) went from 41.70 / 8.19 / 13.45 % to 40.96 / 7.84 /
    /// 13.49 % together with six <see cref="InstitutionNeighbourhoods"/>; tier M seed 1 at 120 s was unchanged.
    /// </summary>
    public int SliceMipNodes { get; init; } = 100;

    /// <summary>Branch-and-bound nodes the one exact model of a scenario that fits it may explore to prove its optimum.</summary>
    public int ExactMipNodes { get; init; } = 200_000;

    /// <summary>
    /// Competitors re-solved together with a course that has unserved demand in a group neighbourhood (the courses whose
    /// classes hold most of the institutions, rooms and trainers it could use).
    /// </summary>
    public int GroupCompetitors { get; init; }

    /// <summary>
    /// Most candidate classes a group neighbourhood works on; each order keeps <see cref="MipCandidatesPerOrder"/> best
    /// plus <see cref="GroupCandidatesPerInstitution"/> at every institution it may attend, and the incumbent's classes.
    /// </summary>
    public int MaxGroupMipCandidates { get; init; } = 1200;

    /// <summary>Candidates each order keeps at each of its institutions in a group neighbourhood.</summary>
    public int GroupCandidatesPerInstitution { get; init; } = 1;

    /// <summary>
    /// Branch-and-bound nodes one neighbourhood's MIP may explore. It starts from the incumbent, so its gains come from
    /// the root node's heuristics and the first nodes; more nodes mostly cost time other neighbourhoods could use.
    /// </summary>
    public int NeighbourhoodMipNodes { get; init; } = 50;

    /// <summary>
    /// Rounds of cut generation at the root of a neighbourhood's MIP (<see cref="Cbc.CbcOptions.CutPasses"/>);
    /// <c>null</c> keeps CBC's default (20 to 100 rounds). The root node dominates these MIPs and they start from the
    /// incumbent: without root cuts a neighbourhood took about half the CPU time and found solutions as good (tier S).
    /// </summary>
    public int? NeighbourhoodCutPasses { get; init; } = 0;

    /// <summary>
    /// Whether a neighbourhood's MIP generates cuts in its tree (<see cref="Cbc.CbcOptions.CutGenerators"/>). Off: on
    /// tier S seed 1 each neighbourhood then took about half the time (4.7 s instead of 8.6 s for the first) and found
    /// the same solutions, and a 90-second run ended with a gap of 18.8 % instead of 22.3 %.
    /// </summary>
    public bool NeighbourhoodCuts { get; init; }

    /// <summary>
    /// Relative gap at which a slice's MIP in a sliced run stops (<see cref="Cbc.CbcOptions.RelativeGap"/>); an exact
    /// model keeps <see cref="RelativeGap"/>. A slice is only a step of the construction, and the neighbourhood search
    /// re-solves it: on tier S the first slices found their last solution at the root, within 0.3 % of the slice's
    /// bound, and then spent two to four times as long in the tree for under 0.1 % more. A slice stopped by this gap
    /// does not count as solved to optimality (its orders may still be explained by TIME_LIMIT).
    /// </summary>
    public double SliceRelativeGap { get; init; } = 5e-3;

    /// <summary>
    /// Strong branching in the MIPs of a sliced run, slices and neighbourhoods (<see cref="Cbc.CbcOptions.StrongBranching"/>;
    /// <c>null</c> keeps CBC's default of five variables per node). Off: a neighbourhood of tier S seed 2 ended on the
    /// same solution in 1.8 CPU seconds instead of 5.2, and slices on solutions within 0.7 % in about half the time.
    /// </summary>
    public int? SearchStrongBranching { get; init; } = 0;

    /// <summary>
    /// Whether a neighbourhood's MIP runs CBC's primal heuristics (<see cref="Cbc.CbcOptions.Heuristics"/>). Off: it
    /// keeps the start CBC completes from the incumbent and searches its node limit without them. On 24 neighbourhoods
    /// of tier S seeds 1–3 they then took 13.8 CPU s instead of 75.6 and ended on the same solutions but for two, whose
    /// gains diving in the tree had found; one of seed 1 had spent 18 s of diving in 9 nodes. With the time that frees
    /// for more neighbourhoods, plans on tier S seeds 1–6 at 60 s were 2.9 % better in sum (better on four seeds, within
    /// 0.3 % on two).
    /// </summary>
    public bool NeighbourhoodHeuristics { get; init; }

    /// <summary>
    /// Neighbourhoods the search re-solves side by side, one CBC thread each, on the same plan; each result after the
    /// first is kept only if it still keeps the rules beside the earlier ones. 1 re-solves one at a time. With more,
    /// their MIPs run in cbc processes of their own (<see cref="CbcExecutable"/>), or take turns in this
    /// process when there is none. <c>null</c> (the default) takes <see cref="Threads"/>. On tier S seeds 1–6 at 60 s
    /// (one run each), two lanes in processes summed to 76.91 M against one lane's 75.41 M: better on one seed, level on
    /// two, worse on three. Each side-by-side neighbourhood took longer than alone (its model written and read by a
    /// process, the cores shared with the preparation of the next), so two lanes re-solved about as many as one.
    /// </summary>
    public int? SearchLanes { get; init; }

    /// <summary>
    /// The cbc executable (Debian's coinor-cbc) that side-by-side neighbourhoods (<see cref="SearchLanes"/>) run their
    /// MIPs in: one branch and bound at a time can run inside this process, any number in processes of their own.
    /// </summary>
    public string CbcExecutable { get; init; } = "/usr/bin/cbc";

    /// <summary>
    /// Rounds of cut generation at the root of a slice's MIP in runs with a first-come start (<see cref="FirstComeStart"/>),
    /// where the clock, not the node limit, ends those MIPs (<see cref="Cbc.CbcOptions.CutPasses"/>; <c>null</c> keeps
    /// CBC's default). On tier M seed 1 at 300 s two runs without root cuts gave 191.3 M and 193.9 M, one with them
    /// 194.7 M: a small difference against runs that differ by 1.5 %. Smaller runs keep CBC's default: on tier S at
    /// 60 s, plans were better with the cuts on all three seeds.
    /// </summary>
    public int? SliceCutPasses { get; init; } = 0;

    /// <summary>
    /// Saturated institutions the search re-solves on each pass before the course neighbourhoods: those whose weekly
    /// class limit (H16) binds while demand that may attend them is unserved, most such demand first. Each frees every
    /// class at the institution, whatever its course, and re-plans its orders with the unserved ones that may attend it.
    /// Six rather than three: see <see cref="SliceMipNodes"/>. Twelve rather than six: on tier S seeds 1–6 at 60 s (one
    /// thread, one run each) the plans summed to 75.59 M instead of 76.23 M, better on four seeds (by 0.2–4.4 %),
    /// equal on one and 3.5 % worse on one.
    /// </summary>
    public int InstitutionNeighbourhoods { get; init; } = 12;

    /// <summary>
    /// Passes of the greedy sweep before the neighbourhood MIPs: every neighbourhood re-planned by the greedy alone,
    /// kept where it gains; passes repeat while one gains. 0 leaves it out. Not run on a plan from the dive
    /// (<see cref="DiveShare"/>).
    /// </summary>
    public int GreedySweeps { get; init; } = 2;

    /// <summary>
    /// Passes of class removal after the greedy sweep (needs <see cref="RepairUnserved"/>): each class at the
    /// institutions whose weekly class limit keeps unserved demand out (the first <see cref="InstitutionNeighbourhoods"/>
    /// of them) is taken out of the plan in turn, smallest first, and the plan repaired without it; kept when cheaper.
    /// Passes repeat while one gains. 0 leaves it out. Tier S seeds 1–6 at 60 s (one thread, one run each) summed to
    /// 74.11 M with one pass against 74.37 M without; a variant that skipped, after a gain, the classes whose
    /// enrollments the repair had changed gave 73.21 M (twice), and one moving on to the next institution after a gain
    /// 74.17 M. Three passes gave 75.15 M: the later passes take the neighbourhood MIPs' time.
    /// </summary>
    public int RemovalPasses { get; init; } = 1;

    /// <summary>
    /// Before the search and after each improvement, serve unserved demand without a MIP: into classes with free seats
    /// (cheapest first), then in new classes the greedy opens on what the plan leaves.
    /// </summary>
    public bool RepairUnserved { get; init; } = true;

    /// <summary>
    /// A sliced run from scratch with at least <see cref="FirstComeMinimumOrders"/> orders starts each slice from the
    /// better of its greedy start and first come, first served's classes for its course, whose resources are held for it
    /// until its slice comes.
    /// </summary>
    public bool FirstComeStart { get; init; } = true;

    /// <summary>
    /// Fewest orders for <see cref="FirstComeStart"/>. On a city (tier S, 300 orders) each slice's MIP has the time to
    /// do far better than first come, first served, and holding its resources for later slices costs a little; on a
    /// province (tier M, 5,000 orders) the start more than halves the gap.
    /// </summary>
    public int FirstComeMinimumOrders { get; init; } = 1000;

    /// <summary>Share of the time limit first come, first served may take as the start; past it the run goes on without.</summary>
    public double FirstComeShare { get; init; } = 0.25;

    /// <summary>Neighbourhoods the search may re-solve per second of <see cref="TimeLimitSeconds"/>: its deterministic budget.</summary>
    public double NeighbourhoodsPerSecond { get; init; } = 1.0;

    /// <summary>Share of the time limit the capacity relaxation behind the proven bound may take (it is skipped if not solved).</summary>
    public double CapacityBoundShare { get; init; } = 0.1;

    /// <summary>
    /// Sliced runs without a first-come start charge each slice's classes the prices of the
    /// institutions' weeks from the whole-class LP behind the bound (when it is solved), so that early slices leave
    /// the weeks that later ones need most. With <see cref="DiveShare"/> the slices are built only when the dive is not.
    /// </summary>
    public bool PriceInstitutionWeeks { get; init; } = true;

    /// <summary>
    /// Share of the time limit <see cref="ClassColumnDive"/> may take to build the plan the search starts from, in place
    /// of the slices, on runs from scratch whose whole-class LP is small enough (tier S); 0 turns it off. A dive that
    /// does not finish in it is dropped and the slices are built. On tier S seeds 1–12 at 60 s the dive took 2.5–5.3 s
    /// and the plans after the search were 0.6–12.5 % cheaper than from the slices, on every seed (6.7 % in sum).
    /// </summary>
    public double DiveShare { get; init; } = 0.25;

    /// <summary>
    /// After a plan built by the dive (<see cref="DiveShare"/>), the search re-plans neighbourhoods by the dive on what
    /// the rest of the plan books, keeping what gains: first before the neighbourhood MIPs, until a pass gains nothing,
    /// and with what is left once the MIPs are spent and time is left. At most this many dives per second of the time
    /// limit; 0 turns it off. On tier S seeds 1–12 at 60 s, dives after the MIPs alone made the plans 0.4 % cheaper in
    /// sum; dives before them too, another 1.6 % (cheaper on 10 of 12, by up to 6.3 %; dearer on 2, by 5.0 % and 0.8 %).
    /// </summary>
    public double RedivesPerSecond { get; init; } = 1;

    /// <summary>Seconds kept free at the end of the run for assembling, explaining and pricing the plan.</summary>
    public double FinishingSeconds { get; init; } = 1.5;

    /// <summary>Single decisions of classes kept from a reviewed plan; the orders they name join only classes that keep them.</summary>
    public IReadOnlyList<DecisionPin> DecisionPins { get; init; } = [];
}
