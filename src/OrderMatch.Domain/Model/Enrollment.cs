namespace OrderMatch.Domain.Model;

public sealed record Enrollment(string Order, int Trainees);
