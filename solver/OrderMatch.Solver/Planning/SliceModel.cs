using System.Globalization;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// The MIP of one slice: open candidate classes (y), enroll trainees of orders in them (x), leave the rest unserved (u),
/// keep previous classes (keep). Rows are grouped by the hard rule they enforce; names are built from entity ids so an
/// LP dump reads like the data.
/// </summary>
internal sealed class SliceModel : IDisposable
{
    private readonly IReadOnlyList<DemandItem> _orders;
    private readonly IReadOnlyList<CandidateClass> _candidates;
    private readonly ResourceLedger _ledger;
    private readonly Policy _policy;
    private readonly MipModel _mip = new("ordermatch_slice");
    private readonly int[] _y;
    private readonly int[] _u;
    private readonly Dictionary<(int Order, int Class), int> _x = [];
    private readonly Dictionary<(int Order, int Class), int> _z = [];
    private readonly List<(PlanClass Previous, int Column, List<int> Matches)> _keep = [];

    public SliceModel(IReadOnlyList<DemandItem> orders, IReadOnlyList<CandidateClass> candidates, ResourceLedger ledger,
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
        AddEnrollmentChunks();
        AddTrainerNoOverlap();
        AddTrainerWeeklyCap();
        AddRoomNoOverlap();
        AddInstitutionConcurrency();
        // Soft
        AddKeepPrevious(previous);
    }

    public int Columns => _mip.ColumnCount;

    public int Rows => _mip.RowCount;

    private void AddColumns()
    {
        for (var k = 0; k < _candidates.Count; k++)
        {
            _y[k] = _mip.AddColumn(MipNames.Clean($"open_K{k}_{_candidates[k].Describe()}"), 0, 1, _candidates[k].FixedCost, integer: true);
        }

        for (var k = 0; k < _candidates.Count; k++)
        {
            var c = _candidates[k];
            foreach (var (o, perTrainee) in c.Orders)
            {
                var order = _orders[o];
                var upper = Math.Min(order.Trainees, c.Capacity);
                _x[(o, k)] = _mip.AddColumn(MipNames.Clean($"enr_{order.OrderId}_K{k}"), 0, upper, perTrainee, integer: true);
                if (!order.Eligibility.Order.Splittable || order.Eligibility.Order.MinChunk > 1)
                {
                    _z[(o, k)] = _mip.AddColumn(MipNames.Clean($"joins_{order.OrderId}_K{k}"), 0, 1, 0, integer: true);
                }
            }
        }

        for (var o = 0; o < _orders.Count; o++)
        {
            _u[o] = _mip.AddColumn(MipNames.Clean($"unserved_{_orders[o].OrderId}"), 0, _orders[o].Trainees,
                _orders[o].Priority * _policy.UnservedTraineePenalty, integer: false);
        }
    }

    // H10: every trainee of an order is enrolled somewhere or counted unserved.
    private void AddDemandBalance()
    {
        var byOrder = _x.GroupBy(kv => kv.Key.Order).ToDictionary(g => g.Key, g => g.Select(kv => kv.Value).ToList());
        for (var o = 0; o < _orders.Count; o++)
        {
            var cols = byOrder.GetValueOrDefault(o) ?? [];
            cols.Add(_u[o]);
            _mip.AddRow(MipNames.Clean($"demand_{_orders[o].OrderId}"), [.. cols], [.. cols.Select(_ => 1.0)], RowSense.Equal, _orders[o].Trainees);
        }
    }

    // H4/H5: an open class holds between minSize and min(maxSize, room capacity) trainees; a closed one none.
    private void AddClassSize()
    {
        var byClass = _x.GroupBy(kv => kv.Key.Class).ToDictionary(g => g.Key, g => g.Select(kv => kv.Value).ToList());
        for (var k = 0; k < _candidates.Count; k++)
        {
            var cols = byClass.GetValueOrDefault(k) ?? [];
            var ones = cols.Select(_ => 1.0).ToList();
            _mip.AddRow(MipNames.Clean($"maxsize_K{k}"), [.. cols, _y[k]], [.. ones, -_candidates[k].Capacity], RowSense.LessOrEqual, 0);
            _mip.AddRow(MipNames.Clean($"minsize_K{k}"), [.. cols, _y[k]], [.. ones, -_candidates[k].Course.MinSize], RowSense.GreaterOrEqual, 0);
        }

        // Tightening: an order's enrollment in a class never exceeds what it has, and only if the class opens.
        foreach (var ((o, k), x) in _x)
        {
            if (!_z.ContainsKey((o, k)))
            {
                var upper = Math.Min(_orders[o].Trainees, _candidates[k].Capacity);
                _mip.AddRow(MipNames.Clean($"link_{_orders[o].OrderId}_K{k}"), [x, _y[k]], [1.0, -upper], RowSense.LessOrEqual, 0);
            }
        }
    }

    // H11: an unsplittable order goes whole into one class; otherwise each enrollment is at least minChunk.
    private void AddEnrollmentChunks()
    {
        foreach (var ((o, k), z) in _z)
        {
            var order = _orders[o];
            var x = _x[(o, k)];
            var name = $"{order.OrderId}_K{k}";
            _mip.AddRow(MipNames.Clean($"joinopen_{name}"), [z, _y[k]], [1.0, -1.0], RowSense.LessOrEqual, 0);
            if (!order.Eligibility.Order.Splittable)
            {
                _mip.AddRow(MipNames.Clean($"whole_{name}"), [x, z], [1.0, -order.Trainees], RowSense.Equal, 0);
            }
            else
            {
                var upper = Math.Min(order.Trainees, _candidates[k].Capacity);
                _mip.AddRow(MipNames.Clean($"chunkmax_{name}"), [x, z], [1.0, -upper], RowSense.LessOrEqual, 0);
                _mip.AddRow(MipNames.Clean($"chunkmin_{name}"), [x, z], [1.0, -order.Eligibility.Order.MinChunk], RowSense.GreaterOrEqual, 0);
            }
        }

        foreach (var group in _z.Where(kv => !_orders[kv.Key.Order].Eligibility.Order.Splittable).GroupBy(kv => kv.Key.Order))
        {
            var cols = group.Select(kv => kv.Value).ToArray();
            _mip.AddRow(MipNames.Clean($"oneclass_{_orders[group.Key].OrderId}"), cols, [.. cols.Select(_ => 1.0)], RowSense.LessOrEqual, 1);
        }
    }

    // H8: a trainer teaches at most one session per date and period.
    private void AddTrainerNoOverlap() =>
        OverlapRows.Add(_mip, _candidates, _y, "trainer", c => c.Trainer.Id);

    // H9: a room hosts at most one session per date and period.
    private void AddRoomNoOverlap() =>
        OverlapRows.Add(_mip, _candidates, _y, "room", c => c.Site.Room.Room.Id);

    // H8: a trainer teaches at most maxSessionsPerWeek sessions in any week (less what is already booked).
    private void AddTrainerWeeklyCap()
    {
        var load = new Dictionary<(string Trainer, int Week), List<(int Col, double Sessions)>>();
        for (var k = 0; k < _candidates.Count; k++)
        {
            foreach (var (week, count) in _candidates[k].SessionsPerWeek)
            {
                var key = (_candidates[k].Trainer.Id, week);
                if (!load.TryGetValue(key, out var list))
                {
                    load[key] = list = [];
                }

                list.Add((_y[k], count));
            }
        }

        foreach (var ((trainer, week), terms) in load.OrderBy(l => l.Key))
        {
            var cap = _candidates.First(c => c.Trainer.Id == trainer).Trainer.MaxSessionsPerWeek - _ledger.TrainerSessions(trainer, week);
            if (terms.Sum(t => t.Sessions) > cap)
            {
                _mip.AddRow(MipNames.Clean($"trainerweek_{trainer}_w{week}"), [.. terms.Select(t => t.Col)], [.. terms.Select(t => t.Sessions)], RowSense.LessOrEqual, cap);
            }
        }
    }

    // H16: in any week at most maxConcurrentClasses classes of an institution have a session.
    private void AddInstitutionConcurrency()
    {
        var active = new Dictionary<(string Institution, int Week), List<int>>();
        for (var k = 0; k < _candidates.Count; k++)
        {
            foreach (var week in _candidates[k].SessionsPerWeek.Keys)
            {
                var key = (_candidates[k].Site.Institution.Id, week);
                if (!active.TryGetValue(key, out var list))
                {
                    active[key] = list = [];
                }

                list.Add(_y[k]);
            }
        }

        foreach (var ((institution, week), cols) in active.OrderBy(a => a.Key))
        {
            var cap = _candidates.First(c => c.Site.Institution.Id == institution).Site.Institution.MaxConcurrentClasses
                      - _ledger.InstitutionClasses(institution, week);
            if (cols.Count > cap)
            {
                _mip.AddRow(MipNames.Clean($"institution_{institution}_w{week}"), [.. cols], [.. cols.Select(_ => 1.0)], RowSense.LessOrEqual, cap);
            }
        }
    }

    // Change penalty: each class of the plan in force kept as it was saves changePenalty.
    private void AddKeepPrevious(IReadOnlyList<PlanClass> previous)
    {
        foreach (var p in previous)
        {
            var matches = Enumerable.Range(0, _candidates.Count).Where(k => _candidates[k].SameDecisionsAs(p)).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            var keep = _mip.AddColumn(MipNames.Clean($"keep_{p.Id}"), 0, 1, -_policy.ChangePenalty, integer: false);
            _mip.AddRow(MipNames.Clean($"keepif_{p.Id}"), [keep, .. matches.Select(k => _y[k])], [1.0, .. matches.Select(_ => -1.0)], RowSense.LessOrEqual, 0);
            _keep.Add((p, keep, matches));
        }
    }

    /// <summary>
    /// Offers a solution (e.g. the greedy one) as the MIP start. As CBC's C interface asks, only the non-zero integer
    /// columns are given (open classes, enrollments, joins); CBC completes the continuous ones itself.
    /// </summary>
    public void SetStart(SliceSolution start)
    {
        var columns = new List<int>();
        var values = new List<double>();
        var index = new Dictionary<CandidateClass, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < _candidates.Count; k++)
        {
            index[_candidates[k]] = k;
        }

        foreach (var (c, enrollments) in start.Classes)
        {
            var k = index[c];
            columns.Add(_y[k]);
            values.Add(1);
            foreach (var (o, n) in enrollments)
            {
                if (n <= 0)
                {
                    continue;
                }

                columns.Add(_x[(o, k)]);
                values.Add(n);
                if (_z.TryGetValue((o, k), out var z))
                {
                    columns.Add(z);
                    values.Add(1);
                }
            }
        }

        if (columns.Count > 0)
        {
            _mip.SetMipStart([.. columns], [.. values]);
        }
    }

    public (CbcResult Result, SliceSolution? Solution) Solve(CbcOptions options, IProgress<CbcProgress>? progress, CancellationToken cancellationToken)
    {
        var result = _mip.Solve(options, progress, cancellationToken);
        if (!result.HasSolution)
        {
            return (result, null);
        }

        var classes = new List<(CandidateClass, IReadOnlyList<(int, int)>)>();
        var byClass = _x.GroupBy(kv => kv.Key.Class).ToDictionary(g => g.Key, g => g.ToList());
        for (var k = 0; k < _candidates.Count; k++)
        {
            if (!result.IsSet(_y[k]))
            {
                continue;
            }

            var enrollments = (byClass.GetValueOrDefault(k) ?? [])
                .Select(kv => (kv.Key.Order, (int)Math.Round(result.Value(kv.Value))))
                .Where(e => e.Item2 > 0)
                .OrderBy(e => e.Order)
                .ToList();
            classes.Add((_candidates[k], enrollments));
        }

        return (result, new SliceSolution(classes));
    }

    /// <summary>The change-penalty savings the MIP counts for a solution (negative), to relate model and plan objectives.</summary>
    public double KeepSavings(SliceSolution solution)
    {
        var open = new HashSet<CandidateClass>(solution.Classes.Select(c => c.Class));
        return -_policy.ChangePenalty * _keep.Count(k => k.Matches.Any(m => open.Contains(_candidates[m])));
    }

    public void WriteLp(string path) => _mip.WriteLp(path);

    public void Dispose() => _mip.Dispose();
}
