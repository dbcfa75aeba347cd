using System.Runtime.InteropServices;

namespace OrderMatch.Solver.Cbc;

/// <summary>Owns one native <c>Cbc_Model*</c>; released with <c>Cbc_deleteModel</c>.</summary>
internal sealed class CbcModelHandle : SafeHandle
{
    public CbcModelHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    /// <summary>The raw pointer, as CBC passes it back to the message callback.</summary>
    internal nint Pointer => handle;

    protected override bool ReleaseHandle()
    {
        CbcNative.DeleteModel(handle);
        return true;
    }
}
