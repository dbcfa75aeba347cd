using System.IO.Compression;
using System.Text.Json;
using OrderMatch.Domain.Json;

namespace OrderMatch.Data.Partitions;

/// <summary>FORMAT.md JSON, gzip-compressed, as partition work keeps scenarios and plans (a tier L snapshot shrinks about tenfold).</summary>
internal static class CompressedJson
{
    public static byte[] Pack<T>(T value)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(zip, value, FormatJson.CompactOptions);
        }

        return buffer.ToArray();
    }

    public static T Unpack<T>(byte[] packed)
    {
        using var zip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(zip, FormatJson.CompactOptions)
               ?? throw new JsonException($"stored {typeof(T).Name} is null");
    }
}
