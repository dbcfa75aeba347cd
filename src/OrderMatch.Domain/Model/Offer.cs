namespace OrderMatch.Domain.Model;

public sealed record Offer(string Course, double PricePerTrainee);
