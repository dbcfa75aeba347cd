using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

public sealed class CbcInputTests
{
    [Fact]
    public void Bad_columns_are_rejected_with_a_code()
    {
        using var model = new MipModel();

        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.AddColumn("x", double.NaN, 1, 0, true)).Code);
        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.AddColumn("x", 2, 1, 0, true)).Code);
        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.AddColumn("x", 0, 1, double.NaN, true)).Code);
        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.AddColumn("has space", 0, 1, 0, true)).Code);
        model.AddColumn("x", 0, 1, 0, true);
        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.AddColumn("x", 0, 1, 0, true)).Code);
        Assert.Equal(1, model.ColumnCount);
    }

    [Fact]
    public void Bad_rows_and_starts_are_rejected_with_a_code()
    {
        using var model = new MipModel();
        var x = model.AddColumn("x", 0, 1, 0, true);

        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.AddRow("r", [x, 1], [1, 1], RowSense.Equal, 1)).Code);
        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.AddRow("r", [x], [1, 2], RowSense.Equal, 1)).Code);
        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.AddRow("r", [x], [double.NaN], RowSense.Equal, 1)).Code);
        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.AddRow("r", [-1], [1], RowSense.Equal, 1)).Code);
        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.AddRow("r", [x], [1], RowSense.Equal, double.PositiveInfinity)).Code);
        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.SetMipStart([x, 5], [1, 1])).Code);
        Assert.Equal(CbcException.BadInput, Assert.Throws<CbcException>(() => model.Solve(new CbcOptions { TimeLimitSeconds = -1 })).Code);
        Assert.Equal(0, model.RowCount);
    }

    [Fact]
    public void Disposed_model_refuses_work()
    {
        var model = new MipModel();
        model.Dispose();

        Assert.Equal(CbcException.Disposed, Assert.Throws<CbcException>(() => model.AddColumn("x", 0, 1, 0, true)).Code);
    }
}
