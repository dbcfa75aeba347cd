using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

internal static class ProblemAssert
{
    /// <summary>Exactly one problem was reported, at <paramref name="path"/> under <paramref name="rule"/>.</summary>
    public static ValidationProblem Only(IReadOnlyList<ValidationProblem> problems, string path, string rule)
    {
        Assert.True(problems.Count == 1 && problems[0].Path == path && problems[0].Rule == rule,
            $"expected only {path} [{rule}], got:\n{Describe(problems)}");
        return problems[0];
    }

    /// <summary>Among the problems is one at <paramref name="path"/> under <paramref name="rule"/>.</summary>
    public static ValidationProblem Has(IReadOnlyList<ValidationProblem> problems, string path, string rule)
    {
        var found = problems.FirstOrDefault(p => p.Path == path && p.Rule == rule);
        Assert.True(found is not null, $"expected {path} [{rule}] among:\n{Describe(problems)}");
        return found!;
    }

    public static string Describe(IReadOnlyList<ValidationProblem> problems) =>
        problems.Count == 0 ? "(no problems)" : string.Join("\n", problems.Select(p => $"  {p.Path} [{p.Rule}] {p.Message}"));
}
