namespace OrderMatch.Domain.Model;

public sealed record Objective(double Total, ObjectiveComponents Components);
