namespace OrderMatch.Solver.Planning;

/// <summary>
/// A candidate class the search decided to open, with its enrollments by order id. <see cref="SliceOrders"/> names the
/// orders behind the indices of <see cref="CandidateClass.Orders"/>, so the class can be carried into another model.
/// </summary>
internal sealed record ChosenClass(CandidateClass Class, IReadOnlyList<string> SliceOrders, IReadOnlyList<(string Order, int Trainees)> Enrollments)
{
    /// <summary>The same class for a model whose orders are indexed by <paramref name="position"/>; orders outside it are dropped.</summary>
    public CandidateClass Reindexed(IReadOnlyDictionary<string, int> position)
    {
        var k = Class;
        var copy = new CandidateClass
        {
            Course = k.Course,
            Site = k.Site,
            Trainer = k.Trainer,
            StartWeek = k.StartWeek,
            Pattern = k.Pattern,
            Sessions = k.Sessions,
            Capacity = k.Capacity,
            FixedCost = k.FixedCost,
            SessionsPerWeek = k.SessionsPerWeek,
        };
        foreach (var (o, perTrainee) in k.Orders)
        {
            if (position.TryGetValue(SliceOrders[o], out var index))
            {
                copy.Orders.Add((index, perTrainee));
            }
        }

        return copy;
    }
}
