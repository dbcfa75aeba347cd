using System.Text.Json.Nodes;
using OrderMatch.Data.Tests;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>`db migrate`, `db import` and `db export --scenario` as separate processes against a fresh database.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StoreCommandsTests
{
    [Fact]
    public async Task Migrate_import_and_export_round_trip_a_generated_scenario_and_an_invalid_import_changes_nothing()
    {
        await using var bed = await ClusterBed.CreateAsync("store");

        var migrate = await bed.CliAsync("db", "migrate");
        migrate.ExitsWith(ExitCodes.Ok);
        migrate.Prints("applied migration 0001");
        migrate.Prints("schema migrated: ");
        var again = await bed.CliAsync("db", "migrate");
        again.ExitsWith(ExitCodes.Ok);
        again.Prints("schema up to date");
        again.DoesNotPrint("applied migration");

        var scenarioFile = bed.File("generated.scenario.json");
        (await CliProcess.RunAsync(bed.Folder, "generate", "--tier", "S", "--seed", "5", "-o", scenarioFile)).ExitsWith(ExitCodes.Ok);
        var import = await bed.CliAsync("db", "import", scenarioFile);
        import.ExitsWith(ExitCodes.Ok);
        import.Prints("rows written (");
        var reimport = await bed.CliAsync("db", "import", scenarioFile);
        reimport.ExitsWith(ExitCodes.Ok);
        reimport.Prints("already up to date, nothing written");

        var exportFile = bed.File("exported.scenario.json");
        (await bed.CliAsync("db", "export", "--scenario", "-o", exportFile)).ExitsWith(ExitCodes.Ok);
        var original = ScenarioLoader.LoadFile(scenarioFile);
        var exported = ScenarioLoader.LoadFile(exportFile);
        Assert.True(original.IsValid && exported.IsValid, "both scenario files must load");
        ScenarioComparison.AssertEquivalent(original.Value!, exported.Value!);

        // One change the import would write (a trainee count) next to one defect (an unknown enterprise).
        var invalid = JsonNode.Parse(await File.ReadAllTextAsync(scenarioFile))!.AsObject();
        var orders = invalid["orders"]!.AsArray();
        orders[0]!["trainees"] = orders[0]!["trainees"]!.GetValue<int>() + 1;
        orders[3]!["enterprise"] = "E-NOT-THERE";
        var invalidFile = bed.File("invalid.scenario.json");
        await File.WriteAllTextAsync(invalidFile, JsonFiles.Text(invalid));
        var before = await DatabaseFingerprint.ReadAsync(bed.DataSource);

        var rejected = await bed.CliAsync("db", "import", invalidFile);

        rejected.ExitsWith(ExitCodes.Invalid);
        rejected.Prints("$.orders[3].enterprise (unknown-id)");
        rejected.DoesNotPrint("imported ");
        rejected.HasNoStackTrace();
        Assert.Equal(before, await DatabaseFingerprint.ReadAsync(bed.DataSource));
    }
}
