using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

/// <summary>An enrollment whose order and the order's enterprise exist.</summary>
internal sealed record ResolvedEnrollment(Enrollment Enrollment, TrainingOrder Order, Enterprise Enterprise)
{
    public int Trainees => Enrollment.Trainees;
}
