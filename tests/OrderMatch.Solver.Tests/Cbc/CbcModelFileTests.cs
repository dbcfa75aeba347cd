using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

public sealed class CbcModelFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cbc-files-").FullName;

    [Fact]
    public void Lp_and_mps_files_carry_the_names()
    {
        using var model = new MipModel("files");
        var a = model.AddColumn("enr_O0012_K0003", 0, 1, 2, integer: true);
        var b = model.AddColumn("trainer_T001_AM", 0, 4, 1, integer: false);
        model.AddRow("capacity_R01", [a, b], [3, 1], RowSense.LessOrEqual, 4);
        var lp = Path.Combine(folder, "model.lp");
        var mps = Path.Combine(folder, "model.mps");

        model.WriteLp(lp);
        model.WriteMps(mps);

        var lpText = File.ReadAllText(lp);
        var mpsText = File.ReadAllText(mps);
        Assert.Contains("enr_O0012_K0003", lpText, StringComparison.Ordinal);
        Assert.Contains("capacity_R01", lpText, StringComparison.Ordinal);
        Assert.Contains("trainer_T001_AM", mpsText, StringComparison.Ordinal);
        Assert.Contains("capacity_R01", mpsText, StringComparison.Ordinal);
        Assert.Equal(new[] { "model.lp", "model.mps" }, Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
