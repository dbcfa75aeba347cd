namespace OrderMatch.Domain.Tests;

/// <summary>Locates files shared by the tests: the spec's worked example and the test data folder.</summary>
internal static class TestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SharedSpec(string relative) =>
        Path.Combine(RepositoryRoot, "..", "shared", "spec", relative);

    public static string TinyScenarioPath => SharedSpec(Path.Combine("examples", "tiny.scenario.json"));

    public static string File(string relative) => Path.Combine(RepositoryRoot, "tests", "data", relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "OrderMatch.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OrderMatch.sln not found above the test binaries");
    }
}
