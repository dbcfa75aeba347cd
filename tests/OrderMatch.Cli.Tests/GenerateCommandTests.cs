namespace OrderMatch.Cli.Tests;

/// <summary>`ordermatch generate`: the same tier and seed give the same bytes, and the result validates.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Same_tier_and_seed_give_identical_files_that_validate()
    {
        var first = _folder.File("a.json");
        var second = _folder.File(Path.Combine("again", "a.json"));

        var one = await CliProcess.RunAsync(_folder.Path, "generate", "--tier", "M", "--seed", "7", "-o", first);
        var two = await CliProcess.RunAsync(_folder.Path, "generate", "--tier", "M", "--seed", "7", "-o", second);

        one.ExitsWith(0);
        two.ExitsWith(0);
        one.Prints(first);
        var bytes = await File.ReadAllBytesAsync(first);
        Assert.NotEmpty(bytes);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(second));

        var validate = await CliProcess.RunAsync(_folder.Path, "validate", first);

        validate.ExitsWith(0);
        validate.Prints("valid: scenario");
    }

    [Fact]
    public async Task Different_seeds_give_different_files()
    {
        var seed1 = _folder.File("s1.json");
        var seed2 = _folder.File("s2.json");

        (await CliProcess.RunAsync(_folder.Path, "generate", "--tier", "S", "--seed", "1", "-o", seed1)).ExitsWith(0);
        (await CliProcess.RunAsync(_folder.Path, "generate", "--tier", "S", "--seed", "2", "-o", seed2)).ExitsWith(0);

        Assert.NotEqual(await File.ReadAllBytesAsync(seed1), await File.ReadAllBytesAsync(seed2));
    }

    public void Dispose() => _folder.Dispose();
}
