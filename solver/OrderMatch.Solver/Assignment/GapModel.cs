using System.Globalization;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Assignment;

/// <summary>
/// The GAP as a MIP: binary <c>x_a{i}_j{j}</c> (job j on agent i) with cost c[i,j]; <c>assign_j{j}</c>: every job on
/// exactly one agent; <c>capacity_a{i}</c>: an agent's load within its capacity. Names make an MPS dump readable and
/// let a solution file written by another solver be read back.
/// </summary>
public sealed class GapModel : IDisposable
{
    private readonly GapInstance _instance;
    private readonly MipModel _mip;

    public GapModel(GapInstance instance)
    {
        _instance = instance;
        _mip = new MipModel(Clean(instance.Name));
        for (var i = 0; i < instance.Agents; i++)
        {
            for (var j = 0; j < instance.Jobs; j++)
            {
                _mip.AddColumn(ColumnName(i, j), 0, 1, instance.Cost[i, j], integer: true);
            }
        }

        AddAssignment();
        AddCapacity();
    }

    public static string ColumnName(int agent, int job) => string.Create(CultureInfo.InvariantCulture, $"x_a{agent}_j{job}");

    /// <summary>Every job is done by exactly one agent.</summary>
    private void AddAssignment()
    {
        var columns = new int[_instance.Agents];
        var ones = Enumerable.Repeat(1.0, _instance.Agents).ToArray();
        for (var j = 0; j < _instance.Jobs; j++)
        {
            for (var i = 0; i < _instance.Agents; i++)
            {
                columns[i] = Column(i, j);
            }

            _mip.AddRow(string.Create(CultureInfo.InvariantCulture, $"assign_j{j}"), columns, ones, RowSense.Equal, 1);
        }
    }

    /// <summary>The resources of the jobs an agent does stay within its capacity.</summary>
    private void AddCapacity()
    {
        var columns = new int[_instance.Jobs];
        var use = new double[_instance.Jobs];
        for (var i = 0; i < _instance.Agents; i++)
        {
            for (var j = 0; j < _instance.Jobs; j++)
            {
                columns[j] = Column(i, j);
                use[j] = _instance.Resource[i, j];
            }

            _mip.AddRow(string.Create(CultureInfo.InvariantCulture, $"capacity_a{i}"), columns, use, RowSense.LessOrEqual, _instance.Capacity[i]);
        }
    }

    /// <summary>Offers an assignment to CBC as its MIP start (the ones; CBC takes unlisted binaries as 0).</summary>
    public void SetStart(GapAssignment start)
    {
        var columns = new int[_instance.Jobs];
        for (var j = 0; j < _instance.Jobs; j++)
        {
            columns[j] = Column(start.Agent(j), j);
        }

        _mip.SetMipStart(columns, Enumerable.Repeat(1.0, columns.Length).ToArray());
    }

    /// <summary>
    /// Options that solve the model to proven optimality within <paramref name="seconds"/> of wall clock: the costs are
    /// integers, so a gap below 1 proves the incumbent optimal.
    /// </summary>
    public static CbcOptions Exact(double seconds) => new()
    {
        TimeLimitSeconds = seconds,
        RelativeGap = 0,
        AbsoluteGap = 0.999,
        WallClockLimit = true,
    };

    public CbcResult Solve(CbcOptions options, CancellationToken cancellationToken = default) =>
        _mip.Solve(options, progress: null, cancellationToken);

    /// <summary>The assignment in a solution (binaries read with tolerance); <c>null</c> when a job has no agent.</summary>
    public GapAssignment? Read(CbcResult result)
    {
        if (!result.HasSolution)
        {
            return null;
        }

        return Assignment(_instance, (i, j) => result.Value(Column(i, j)));
    }

    /// <summary>The assignment in a solution given by column name (e.g. a cbc solution file); absent names read as 0.</summary>
    public static GapAssignment? Read(GapInstance instance, IReadOnlyDictionary<string, double> values) =>
        Assignment(instance, (i, j) => values.GetValueOrDefault(ColumnName(i, j)));

    public void WriteMps(string path) => _mip.WriteMps(path);

    public void Dispose() => _mip.Dispose();

    private int Column(int agent, int job) => (agent * _instance.Jobs) + job;

    private static GapAssignment? Assignment(GapInstance instance, Func<int, int, double> value)
    {
        var agentOf = new int[instance.Jobs];
        for (var j = 0; j < instance.Jobs; j++)
        {
            agentOf[j] = -1;
            for (var i = 0; i < instance.Agents; i++)
            {
                if (value(i, j) > 0.5)
                {
                    agentOf[j] = i;
                    break;
                }
            }

            if (agentOf[j] < 0)
            {
                return null;
            }
        }

        return new GapAssignment(instance, agentOf);
    }

    private static string Clean(string name) =>
        new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_')]);
}
