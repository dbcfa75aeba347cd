using OrderMatch.Domain.Tests;

namespace OrderMatch.Web.UiTests.Browser;

/// <summary>Where the browser tests save screenshots: out/screenshots under the repository root.</summary>
public static class Screenshots
{
    public static string PathOf(string name)
    {
        var folder = Path.Combine(TestData.RepositoryRoot, "out", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
