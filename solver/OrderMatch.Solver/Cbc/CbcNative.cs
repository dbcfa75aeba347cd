using System.Runtime.InteropServices;

namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Raw declarations of the CBC 2.10 C interface (<c>Cbc_C_Interface.h</c>, exported by libCbcSolver).
/// Declarations only: validation, marshalling of arrays and error handling live in <see cref="MipModel"/>.
/// <c>CoinBigIndex</c> is a 32-bit int in the Debian build, so column starts are <c>int*</c>.
/// </summary>
internal static unsafe partial class CbcNative
{
    internal const string Library = "CbcSolver";

    [LibraryImport(Library, EntryPoint = "Cbc_getVersion")]
    internal static partial nint GetVersion();

    [LibraryImport(Library, EntryPoint = "Cbc_newModel")]
    internal static partial CbcModelHandle NewModel();

    [LibraryImport(Library, EntryPoint = "Cbc_deleteModel")]
    internal static partial void DeleteModel(nint model);

    [LibraryImport(Library, EntryPoint = "Cbc_setProblemName", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetProblemName(CbcModelHandle model, string name);

    [LibraryImport(Library, EntryPoint = "Cbc_loadProblem")]
    internal static partial void LoadProblem(
        CbcModelHandle model, int columnCount, int rowCount,
        int* columnStarts, int* rowIndices, double* values,
        double* columnLower, double* columnUpper, double* objective,
        double* rowLower, double* rowUpper);

    [LibraryImport(Library, EntryPoint = "Cbc_setColName", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void SetColumnName(CbcModelHandle model, int column, string name);

    [LibraryImport(Library, EntryPoint = "Cbc_setRowName", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void SetRowName(CbcModelHandle model, int row, string name);

    [LibraryImport(Library, EntryPoint = "Cbc_setInteger")]
    internal static partial void SetInteger(CbcModelHandle model, int column);

    [LibraryImport(Library, EntryPoint = "Cbc_setObjSense")]
    internal static partial void SetObjectiveSense(CbcModelHandle model, double sense);

    [LibraryImport(Library, EntryPoint = "Cbc_setMIPStartI")]
    internal static partial void SetMipStart(CbcModelHandle model, int count, int* columns, double* values);

    [LibraryImport(Library, EntryPoint = "Cbc_setParameter", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void SetParameter(CbcModelHandle model, string name, string value);

    [LibraryImport(Library, EntryPoint = "Cbc_setLogLevel")]
    internal static partial void SetLogLevel(CbcModelHandle model, int logLevel);

    [LibraryImport(Library, EntryPoint = "Cbc_registerCallBack")]
    internal static partial void RegisterCallBack(
        CbcModelHandle model,
        delegate* unmanaged[Cdecl]<nint, int, int, double*, int, int*, int, byte**, void> callback);

    [LibraryImport(Library, EntryPoint = "Cbc_clearCallBack")]
    internal static partial void ClearCallBack(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_writeLp", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void WriteLp(CbcModelHandle model, string fileName);

    [LibraryImport(Library, EntryPoint = "Cbc_writeMps", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void WriteMps(CbcModelHandle model, string fileName);

    [LibraryImport(Library, EntryPoint = "Cbc_solve")]
    internal static partial int Solve(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_getNumIntegers")]
    internal static partial int GetNumIntegers(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_status")]
    internal static partial int Status(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_secondaryStatus")]
    internal static partial int SecondaryStatus(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_isProvenOptimal")]
    internal static partial int IsProvenOptimal(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_isProvenInfeasible")]
    internal static partial int IsProvenInfeasible(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_isInitialSolveProvenPrimalInfeasible")]
    internal static partial int IsInitialSolveProvenPrimalInfeasible(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_isSecondsLimitReached")]
    internal static partial int IsSecondsLimitReached(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_isNodeLimitReached")]
    internal static partial int IsNodeLimitReached(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_isContinuousUnbounded")]
    internal static partial int IsContinuousUnbounded(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_isAbandoned")]
    internal static partial int IsAbandoned(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_getObjValue")]
    internal static partial double GetObjectiveValue(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_getBestPossibleObjValue")]
    internal static partial double GetBestPossibleObjectiveValue(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_bestSolution")]
    internal static partial double* BestSolution(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_getColSolution")]
    internal static partial double* GetColumnSolution(CbcModelHandle model);

    [LibraryImport(Library, EntryPoint = "Cbc_getNodeCount")]
    internal static partial int GetNodeCount(CbcModelHandle model);
}
