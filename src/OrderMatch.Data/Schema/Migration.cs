using System.Security.Cryptography;
using System.Text;

namespace OrderMatch.Data.Schema;

/// <summary>One ordered SQL file of the schema: <c>NNNN_name.sql</c>, applied once, in a transaction of its own.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script, recorded when applied, so a script edited afterwards is noticed.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
}
