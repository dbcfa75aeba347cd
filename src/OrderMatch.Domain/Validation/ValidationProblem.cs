namespace OrderMatch.Domain.Validation;

/// <summary>
/// One thing wrong with a document: where (a JSON path such as <c>$.orders[3].deadline</c>, using the document's own
/// array indices), which rule (a stable kebab-case id from <see cref="ValidationRules"/>), and a sentence naming the field.
/// </summary>
public sealed record ValidationProblem(string Path, string Rule, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
