namespace OrderMatch.Data.Notifications;

/// <summary>The aspects of a changed class an institution is told about (stored as these lowercase names).</summary>
public static class ChangedAspect
{
    public const string Time = "time";
    public const string Room = "room";
    public const string Trainer = "trainer";
    public const string Enrollments = "enrollments";
}
