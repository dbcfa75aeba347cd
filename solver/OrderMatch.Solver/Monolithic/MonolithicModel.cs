using System.Globalization;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Cbc;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Monolithic;

/// <summary>
/// The whole scenario as one MIP over every candidate class of every course: open <c>y</c>, enroll <c>x</c>, join
/// <c>z</c> (orders with chunks or unsplittable), unserved <c>u</c>, keep <c>keep</c> (previous classes). Rows by rule,
/// named from entity ids. Columns are named from the candidate index and ids so a solution file maps back exactly.
/// </summary>
internal sealed class MonolithicModel : IDisposable
{
    private readonly IReadOnlyList<DemandItem> _orders;
    private readonly IReadOnlyList<CandidateClass> _candidates;
    private readonly ResourceLedger _ledger;
    private readonly Policy _policy;
    private readonly int[] _y;
    private readonly Dictionary<(int Order, int Class), int> _x = [];
    private readonly Dictionary<(int Order, int Class), int> _z = [];
    private readonly int[] _u;

    public MonolithicModel(IReadOnlyList<DemandItem> orders, IReadOnlyList<CandidateClass> candidates, ResourceLedger ledger,
        Policy policy, IReadOnlyList<PlanClass> previous)
    {
        _orders = orders;
        _candidates = candidates;
        _ledger = ledger;
        _policy = policy;
        _y = new int[candidates.Count];
        _u = new int[orders.Count];
        AddColumns();
        // Hard
        AddDemandBalance();
        AddClassSize();
        AddChunks();
        OverlapRows.Add(Mip, _candidates, _y, "trainer", c => c.Trainer.Id); // H8
        OverlapRows.Add(Mip, _candidates, _y, "room", c => c.Site.Room.Room.Id); // H9
        AddTrainerWeeklyCap();
        AddInstitutionConcurrency();
        // Soft
        AddKeepPrevious(previous);
    }

    public MipModel Mip { get; } = new("ordermatch_monolithic");

    public static string OpenName(int k) => string.Create(CultureInfo.InvariantCulture, $"open_K{k}");

    public static string EnrollName(int order, int k) => string.Create(CultureInfo.InvariantCulture, $"enr_o{order}_K{k}");

    private void AddColumns()
    {
        for (var k = 0; k < _candidates.Count; k++)
        {
            _y[k] = Mip.AddColumn(OpenName(k), 0, 1, _candidates[k].FixedCost, integer: true);
        }

        for (var k = 0; k < _candidates.Count; k++)
        {
            var c = _candidates[k];
            foreach (var (o, perTrainee) in c.Orders)
            {
                var order = _orders[o].Eligibility.Order;
                _x[(o, k)] = Mip.AddColumn(EnrollName(o, k), 0, Math.Min(_orders[o].Trainees, c.Capacity), perTrainee, integer: true);
                if (!order.Splittable || order.MinChunk > 1)
                {
                    _z[(o, k)] = Mip.AddColumn(string.Create(CultureInfo.InvariantCulture, $"join_o{o}_K{k}"), 0, 1, 0, integer: true);
                }
            }
        }

        for (var o = 0; o < _orders.Count; o++)
        {
            _u[o] = Mip.AddColumn(Clean($"unserved_{_orders[o].OrderId}"), 0, _orders[o].Trainees,
                _orders[o].Priority * _policy.UnservedTraineePenalty, integer: true);
        }
    }

    // H10: every trainee of an order is enrolled somewhere or counted unserved.
    private void AddDemandBalance()
    {
        var byOrder = _x.GroupBy(kv => kv.Key.Order).ToDictionary(g => g.Key, g => g.Select(kv => kv.Value).ToList());
        for (var o = 0; o < _orders.Count; o++)
        {
            List<int> cols = [.. byOrder.GetValueOrDefault(o) ?? [], _u[o]];
            Mip.AddRow(Clean($"demand_{_orders[o].OrderId}"), [.. cols], Ones(cols.Count), RowSense.Equal, _orders[o].Trainees);
        }
    }

    // H4/H5: an open class holds minSize … min(maxSize, room capacity) trainees; a closed one none.
    private void AddClassSize()
    {
        var byClass = _x.GroupBy(kv => kv.Key.Class).ToDictionary(g => g.Key, g => g.Select(kv => kv.Value).ToList());
        for (var k = 0; k < _candidates.Count; k++)
        {
            var cols = byClass.GetValueOrDefault(k) ?? [];
            Mip.AddRow($"maxsize_K{k}", [.. cols, _y[k]], [.. Ones(cols.Count), -_candidates[k].Capacity], RowSense.LessOrEqual, 0);
            Mip.AddRow($"minsize_K{k}", [.. cols, _y[k]], [.. Ones(cols.Count), -_candidates[k].Course.MinSize], RowSense.GreaterOrEqual, 0);
        }
    }

    // H11: an unsplittable order goes whole into one class; otherwise every enrollment is at least minChunk.
    private void AddChunks()
    {
        foreach (var ((o, k), z) in _z)
        {
            var order = _orders[o].Eligibility.Order;
            var x = _x[(o, k)];
            Mip.AddRow($"joinopen_o{o}_K{k}", [z, _y[k]], [1.0, -1.0], RowSense.LessOrEqual, 0);
            if (!order.Splittable)
            {
                Mip.AddRow($"whole_o{o}_K{k}", [x, z], [1.0, -_orders[o].Trainees], RowSense.Equal, 0);
            }
            else
            {
                Mip.AddRow($"chunkmax_o{o}_K{k}", [x, z], [1.0, -Math.Min(_orders[o].Trainees, _candidates[k].Capacity)], RowSense.LessOrEqual, 0);
                Mip.AddRow($"chunkmin_o{o}_K{k}", [x, z], [1.0, -order.MinChunk], RowSense.GreaterOrEqual, 0);
            }
        }

        foreach (var group in _z.Where(kv => !_orders[kv.Key.Order].Eligibility.Order.Splittable).GroupBy(kv => kv.Key.Order))
        {
            var cols = group.Select(kv => kv.Value).ToArray();
            Mip.AddRow(Clean($"oneclass_{_orders[group.Key].OrderId}"), cols, Ones(cols.Length), RowSense.LessOrEqual, 1);
        }
    }

    // H8: a trainer teaches at most maxSessionsPerWeek sessions in any week, pinned classes included.
    private void AddTrainerWeeklyCap()
    {
        var load = new Dictionary<(string Trainer, int Week), List<(int Col, double Sessions, int Cap)>>();
        for (var k = 0; k < _candidates.Count; k++)
        {
            foreach (var (week, count) in _candidates[k].SessionsPerWeek)
            {
                var key = (_candidates[k].Trainer.Id, week);
                if (!load.TryGetValue(key, out var list))
                {
                    load[key] = list = [];
                }

                list.Add((_y[k], count, _candidates[k].Trainer.MaxSessionsPerWeek));
            }
        }

        foreach (var ((trainer, week), terms) in load.OrderBy(l => l.Key))
        {
            var cap = terms[0].Cap - _ledger.TrainerSessions(trainer, week);
            if (terms.Sum(t => t.Sessions) > cap)
            {
                Mip.AddRow(Clean($"trainerweek_{trainer}_w{week}"), [.. terms.Select(t => t.Col)], [.. terms.Select(t => t.Sessions)], RowSense.LessOrEqual, cap);
            }
        }
    }

    // H16: in any week at most maxConcurrentClasses classes of an institution have a session, pinned classes included.
    private void AddInstitutionConcurrency()
    {
        var active = new Dictionary<(string Institution, int Week), List<int>>();
        var caps = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < _candidates.Count; k++)
        {
            var institution = _candidates[k].Site.Institution;
            caps[institution.Id] = institution.MaxConcurrentClasses;
            foreach (var week in _candidates[k].SessionsPerWeek.Keys)
            {
                var key = (institution.Id, week);
                if (!active.TryGetValue(key, out var list))
                {
                    active[key] = list = [];
                }

                list.Add(_y[k]);
            }
        }

        foreach (var ((institution, week), cols) in active.OrderBy(a => a.Key))
        {
            var cap = caps[institution] - _ledger.InstitutionClasses(institution, week);
            if (cols.Count > cap)
            {
                Mip.AddRow(Clean($"institution_{institution}_w{week}"), [.. cols], Ones(cols.Count), RowSense.LessOrEqual, cap);
            }
        }
    }

    // Change penalty: each class of the plan in force kept as it was saves changePenalty.
    private void AddKeepPrevious(IReadOnlyList<PlanClass> previous)
    {
        foreach (var p in previous)
        {
            var matches = Enumerable.Range(0, _candidates.Count).Where(k => _candidates[k].SameDecisionsAs(p)).ToList();
            if (matches.Count > 0)
            {
                var keep = Mip.AddColumn(Clean($"keep_{p.Id}"), 0, 1, -_policy.ChangePenalty, integer: false);
                Mip.AddRow(Clean($"keepif_{p.Id}"), [keep, .. matches.Select(k => _y[k])], [1.0, .. matches.Select(_ => -1.0)], RowSense.LessOrEqual, 0);
            }
        }
    }

    public void Dispose() => Mip.Dispose();

    private static double[] Ones(int count) => Enumerable.Repeat(1.0, count).ToArray();

    private static string Clean(string name) => MipNames.Clean(name);
}
