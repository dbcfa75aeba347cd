namespace OrderMatch.Data.Pins;

/// <summary>The decisions of a class that a decision pin can keep: where, by whom, in which room, and when (start week and pattern).</summary>
public static class PinDecision
{
    public const string Institution = "institution";
    public const string Trainer = "trainer";
    public const string Room = "room";
    public const string Time = "time";

    /// <summary>The value of <c>keep</c> that pins the whole class (FORMAT.md <c>pinned</c>, rule H17).</summary>
    public const string WholeClass = "class";

    public static IReadOnlyList<string> All { get; } = [Institution, Trainer, Room, Time];
}
