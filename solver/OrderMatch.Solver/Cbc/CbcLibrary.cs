using System.Reflection;
using System.Runtime.InteropServices;

namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Locates libCbcSolver (and libClp, which it links) once per process. Debian ships only the versioned soname
/// (libCbcSolver.so.3, libClp.so.1) unless the -dev package is installed, so it is tried first;
/// when neither explicit name loads, the runtime's default probing gets its turn.
/// </summary>
internal static class CbcLibrary
{
    private static readonly string[] Candidates = ["libCbcSolver.so.3", "libCbcSolver.so"];
    private static readonly string[] ClpCandidates = ["libClp.so.1", "libClp.so"];
    private static int registered;

    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(CbcLibrary).Assembly, Resolve);
        }
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
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
