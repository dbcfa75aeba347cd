using System.Reflection;
using System.Runtime.InteropServices;

namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Locates libCbcSolver (and libClp, which it links) once per process. Debian ships only the versioned soname
/// (libCbcSolver.so.3, libClp.so.1) unless the -dev package is installed, so it is tried first;
/// when neither explicit name loads, the runtime's default probing gets its turn. <see cref="PathVariable"/> names a
/// libCbcSolver file to load instead (a CBC built elsewhere); then that file alone is tried.
/// </summary>
internal static class CbcLibrary
{
    /// <summary>Environment variable with the path of the libCbcSolver file to load instead of the system's.</summary>
    public const string PathVariable = "ORDERMATCH_CBC_LIBRARY";

    private static readonly string[] Candidates = ["libCbcSolver.so.3", "libCbcSolver.so"];
    private static readonly string[] ClpCandidates = ["libClp.so.1", "libClp.so"];
    private static int registered;

    /// <summary>The file <see cref="PathVariable"/> names, or <c>null</c> when it is unset or empty.</summary>
    public static string? PathOverride => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : null;

    internal static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(CbcLibrary).Assembly, Resolve);
        }
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName == CbcNative.Library && PathOverride is { } path)
        {
            // The file asked for, or nothing: falling back to the system's library would hide the mistake.
            return NativeLibrary.TryLoad(path, out var own) ? own : throw new DllNotFoundException($"{path} could not be loaded");
        }

        var candidates = libraryName switch
        {
            CbcNative.Library => Candidates,
            ClpNative.Library => ClpCandidates,
            _ => [],
        };
        foreach (var candidate in candidates)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        // Zero means "not resolved here": the runtime falls back to its default probing.
        return nint.Zero;
    }
}
