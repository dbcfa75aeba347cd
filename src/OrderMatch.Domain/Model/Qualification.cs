namespace OrderMatch.Domain.Model;

public sealed record Qualification(string Occupation, int MaxLevel);
