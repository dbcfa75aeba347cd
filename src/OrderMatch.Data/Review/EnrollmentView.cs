namespace OrderMatch.Data.Review;

/// <summary>Trainees of one order in one class, with the order's enterprise.</summary>
public sealed record EnrollmentView(string Order, string? Enterprise, string? EnterpriseName, int Trainees);
