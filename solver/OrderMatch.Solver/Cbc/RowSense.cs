namespace OrderMatch.Solver.Cbc;

/// <summary>Direction of a linear constraint <c>a·x (sense) rhs</c>.</summary>
public enum RowSense
{
    LessOrEqual,
    GreaterOrEqual,
    Equal,
}
