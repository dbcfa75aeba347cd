namespace OrderMatch.Data.Import;

/// <summary>A row of the rooms table; property names are the column names.</summary>
#pragma warning disable IDE1006, CA1707 // named like the columns they bind to
internal sealed record RoomRow(string id, string? institution, string? @base, string[] types, int capacity, double fee_per_session, int position);
#pragma warning restore IDE1006, CA1707
