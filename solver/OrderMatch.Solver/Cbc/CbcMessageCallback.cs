using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OrderMatch.Solver.Cbc;

/// <summary>
/// The one native entry point CBC calls for every log message. CBC's callback carries no user
/// pointer, only the <c>Cbc_Model*</c>, so the tracker of each running solve is looked up by that
/// pointer. Nothing may escape into native code: failures are counted and otherwise ignored.
/// </summary>
internal static unsafe class CbcMessageCallback
{
    private static readonly ConcurrentDictionary<nint, CbcProgressTracker> Trackers = new();
    private static int failures;

    /// <summary>Exceptions swallowed at the native boundary since process start.</summary>
    public static int Failures => Volatile.Read(ref failures);

    public static delegate* unmanaged[Cdecl]<nint, int, int, double*, int, int*, int, byte**, void> Pointer => &OnMessage;

    public static void Attach(CbcModelHandle model, CbcProgressTracker tracker) => Trackers[model.Pointer] = tracker;

    public static void Detach(CbcModelHandle model) => Trackers.TryRemove(model.Pointer, out _);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnMessage(
        nint model, int number, int doubleCount, double* doubles, int intCount, int* ints, int textCount, byte** texts)
    {
        try
        {
            if (!Trackers.TryGetValue(model, out var tracker))
            {
                return;
            }

            var strings = new string[Math.Max(0, textCount)];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = texts[i] is null ? string.Empty : Marshal.PtrToStringUTF8((nint)texts[i]) ?? string.Empty;
            }

            tracker.OnMessage(
                number,
                doubles is null ? [] : new ReadOnlySpan<double>(doubles, Math.Max(0, doubleCount)),
                ints is null ? [] : new ReadOnlySpan<int>(ints, Math.Max(0, intCount)),
                strings);
        }
        catch (Exception)
        {
            Interlocked.Increment(ref failures);
        }
    }
}
