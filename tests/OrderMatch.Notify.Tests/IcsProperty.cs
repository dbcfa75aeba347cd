namespace OrderMatch.Notify.Tests;

internal sealed record IcsProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);
