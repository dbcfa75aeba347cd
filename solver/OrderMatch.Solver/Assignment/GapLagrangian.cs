namespace OrderMatch.Solver.Assignment;

/// <summary>
/// Lagrangian relaxation of the capacity rows: with multipliers λ ≥ 0, every job goes to the agent of least priced cost
/// c[i,j] + λ[i]·a[i,j], and L(λ) = Σ_j min_i (c[i,j] + λ[i]·a[i,j]) − Σ_i λ[i]·b[i] is a lower bound on any
/// assignment. Subgradient steps (Polyak, towards the best known cost) raise it; the priced costs guide construction.
/// </summary>
internal sealed class GapLagrangian
{
    private readonly GapInstance _instance;
    private readonly double[] _lambda;
    private readonly double[] _gradient;
    private double _stepScale = 2.0;
    private int _stall;

    public GapLagrangian(GapInstance instance)
    {
        _instance = instance;
        _lambda = new double[instance.Agents];
        _gradient = new double[instance.Agents];
    }

    /// <summary>The best bound found so far (−∞ before the first step).</summary>
    public double Bound { get; private set; } = double.NegativeInfinity;

    public double PricedCost(int agent, int job) => _instance.Cost[agent, job] + (_lambda[agent] * _instance.Resource[agent, job]);

    /// <summary>One subgradient iteration towards <paramref name="target"/> (a known assignment cost); returns L(λ) before the step.</summary>
    public double Step(double target)
    {
        var value = Evaluate();
        if (value > Bound + 1e-9)
        {
            Bound = value;
            _stall = 0;
        }
        else if (++_stall >= 20)
        {
            _stepScale /= 2;
            _stall = 0;
        }

        var norm = _gradient.Sum(g => g * g);
        if (norm < 1e-12)
        {
            return value;
        }

        var goal = double.IsFinite(target) ? target : value + Math.Abs(value) * 0.05 + 1;
        var step = _stepScale * Math.Max(goal - value, 1e-6) / norm;
        for (var i = 0; i < _lambda.Length; i++)
        {
            _lambda[i] = Math.Max(0, _lambda[i] + (step * _gradient[i]));
        }

        return value;
    }

    private double Evaluate()
    {
        var instance = _instance;
        var value = 0.0;
        for (var i = 0; i < instance.Agents; i++)
        {
            _gradient[i] = -instance.Capacity[i];
            value -= _lambda[i] * instance.Capacity[i];
        }

        for (var j = 0; j < instance.Jobs; j++)
        {
            var best = 0;
            var bestCost = double.PositiveInfinity;
            for (var i = 0; i < instance.Agents; i++)
            {
                var priced = PricedCost(i, j);
                if (priced < bestCost)
                {
                    bestCost = priced;
                    best = i;
                }
            }

            value += bestCost;
            _gradient[best] += instance.Resource[best, j];
        }

        return value;
    }
}
