namespace OrderMatch.Solver.Planning;

/// <summary>How far an order got through candidate generation: the facts its unassigned reasons are derived from.</summary>
internal sealed class OrderDiagnostics
{
    /// <summary>Some eligible site has a qualified trainer within travel.</summary>
    public bool HasTrainer { get; set; }

    /// <summary>Some start week and pattern fits the order's window and slots.</summary>
    public bool HasTime { get; set; }

    /// <summary>Some qualified trainer is free of unavailability for such a time.</summary>
    public bool HasTrainerTime { get; set; }

    /// <summary>Some trainer is free and the room's base is open for such a time.</summary>
    public bool HasAvailableTime { get; set; }

    /// <summary>Trainers and rooms considered for the order, to name them in explanations (sorted there, not here: they are added to millions of times).</summary>
    public HashSet<string> Trainers { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc cref="Trainers"/>
    public HashSet<string> Rooms { get; } = new(StringComparer.Ordinal);

    /// <summary>Some such class could gather at least the course's minimum size from compatible orders.</summary>
    public bool HasEnoughDemand { get; set; }

    /// <summary>Candidate classes generated for the order (free of earlier bookings), summed over every generation tried.</summary>
    public int Candidates { get; set; }

    /// <summary>Candidate classes dropped because earlier decisions already use their trainer, room or institution (summed likewise).</summary>
    public int BlockedByBookings { get; set; }

    /// <summary>Orders that could share a class with this one (for the MIN_SIZE explanation).</summary>
    public HashSet<string> PoolPartners { get; } = new(StringComparer.Ordinal);

    /// <summary>Largest number of trainees a class open to this order could gather.</summary>
    public int BestPoolSize { get; set; }
}
