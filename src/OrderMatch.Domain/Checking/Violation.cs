namespace OrderMatch.Domain.Checking;

/// <summary>One broken hard rule: its id ("H1" … "H17"), a sentence naming the entities, and their ids.</summary>
public sealed record Violation(string Rule, string Message, IReadOnlyList<string> Entities);
