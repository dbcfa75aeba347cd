namespace OrderMatch.Solver.Cbc;

/// <summary>
/// LP/MPS export. CBC appends its own extension (".lp", ".mps", and may gzip MPS as ".mps.gz"),
/// so the file is written under a temporary base name in the target folder and moved to the
/// exact path requested. The objective is written as given (minimised), or negated with <c>sense</c> -1.
/// </summary>
internal static class CbcModelFiles
{
    public enum Format
    {
        Lp,
        Mps,
    }

    public static void Write(MipModel model, string path, Format format, double sense = 1.0)
    {
        model.ThrowIfDisposed();
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CbcException(CbcException.BadInput, "A file path is required.");
        }

        MipModel.EnsureAvailable();
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? Directory.GetCurrentDirectory();
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $".cbc-{Guid.NewGuid():N}");
        var extension = format == Format.Lp ? ".lp" : ".mps";

        using (var handle = CbcModelLoader.Load(model, sense))
        {
            if (format == Format.Lp)
            {
                CbcNative.WriteLp(handle, stem);
            }
            else
            {
                CbcNative.WriteMps(handle, stem);
            }
        }

        var written = new[] { stem + extension, stem + extension + ".gz" }.FirstOrDefault(File.Exists)
            ?? throw new CbcException(CbcException.WriteFailed, $"CBC wrote no {extension} file for '{target}'.");
        if (written.EndsWith(".gz", StringComparison.Ordinal))
        {
            Decompress(written, target);
            File.Delete(written);
        }
        else
        {
            File.Move(written, target, overwrite: true);
        }
    }

    private static void Decompress(string gzipPath, string target)
    {
        using var input = File.OpenRead(gzipPath);
        using var gzip = new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = File.Create(target);
        gzip.CopyTo(output);
    }
}
