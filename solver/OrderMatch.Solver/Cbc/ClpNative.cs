using System.Runtime.InteropServices;

namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Raw declarations of the part of CLP's C interface (<c>Clp_C_Interface.h</c>, exported by libClp, which CBC itself
/// links) that <see cref="LpModel"/> uses: building an LP, adding columns, changing row and column bounds, re-solving from
/// the last basis and reading the row duals and the column values. <c>CoinBigIndex</c> is a 32-bit int in the Debian build.
/// </summary>
internal static unsafe partial class ClpNative
{
    internal const string Library = "Clp";

    [LibraryImport(Library, EntryPoint = "Clp_newModel")]
    internal static partial ClpModelHandle NewModel();

    [LibraryImport(Library, EntryPoint = "Clp_deleteModel")]
    internal static partial void DeleteModel(nint model);

    [LibraryImport(Library, EntryPoint = "Clp_setLogLevel")]
    internal static partial void SetLogLevel(ClpModelHandle model, int value);

    [LibraryImport(Library, EntryPoint = "Clp_setMaximumSeconds")]
    internal static partial void SetMaximumSeconds(ClpModelHandle model, double value);

    [LibraryImport(Library, EntryPoint = "Clp_loadProblem")]
    internal static partial void LoadProblem(
        ClpModelHandle model, int columnCount, int rowCount,
        int* columnStarts, int* rowIndices, double* values,
        double* columnLower, double* columnUpper, double* objective,
        double* rowLower, double* rowUpper);

    [LibraryImport(Library, EntryPoint = "Clp_addColumns")]
    internal static partial void AddColumns(
        ClpModelHandle model, int number, double* columnLower, double* columnUpper, double* objective,
        int* columnStarts, int* rows, double* elements);

    [LibraryImport(Library, EntryPoint = "Clp_initialSolve")]
    internal static partial int InitialSolve(ClpModelHandle model);

    [LibraryImport(Library, EntryPoint = "Clp_primal")]
    internal static partial int Primal(ClpModelHandle model, int ifValuesPass);

    [LibraryImport(Library, EntryPoint = "Clp_isProvenOptimal")]
    internal static partial int IsProvenOptimal(ClpModelHandle model);

    [LibraryImport(Library, EntryPoint = "Clp_objectiveValue")]
    internal static partial double ObjectiveValue(ClpModelHandle model);

    [LibraryImport(Library, EntryPoint = "Clp_getRowPrice")]
    internal static partial double* GetRowPrice(ClpModelHandle model);

    [LibraryImport(Library, EntryPoint = "Clp_getNumRows")]
    internal static partial int GetNumRows(ClpModelHandle model);

    [LibraryImport(Library, EntryPoint = "Clp_dual")]
    internal static partial int Dual(ClpModelHandle model, int ifValuesPass);

    [LibraryImport(Library, EntryPoint = "Clp_getColSolution")]
    internal static partial double* GetColSolution(ClpModelHandle model);

    [LibraryImport(Library, EntryPoint = "Clp_numberColumns")]
    internal static partial int NumberColumns(ClpModelHandle model);

    [LibraryImport(Library, EntryPoint = "Clp_chgRowLower")]
    internal static partial void ChgRowLower(ClpModelHandle model, double* rowLower);

    [LibraryImport(Library, EntryPoint = "Clp_chgRowUpper")]
    internal static partial void ChgRowUpper(ClpModelHandle model, double* rowUpper);

    [LibraryImport(Library, EntryPoint = "Clp_chgColumnUpper")]
    internal static partial void ChgColumnUpper(ClpModelHandle model, double* columnUpper);
}

/// <summary>Owns one native <c>Clp_Simplex*</c>; released with <c>Clp_deleteModel</c>.</summary>
internal sealed class ClpModelHandle : SafeHandle
{
    public ClpModelHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        ClpNative.DeleteModel(handle);
        return true;
    }
}
