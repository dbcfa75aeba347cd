namespace OrderMatch.Domain.Generation;

/// <summary>An industry of generated enterprises: words for their names and the occupations they order.</summary>
internal sealed record Industry(string Key, IReadOnlyList<string> Nouns, IReadOnlyList<string> MicroNames, IReadOnlyList<string> Occupations);
