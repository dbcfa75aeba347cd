namespace OrderMatch.Data.Snapshot;

/// <summary>The database holds no usable planning snapshot; the message says what to do.</summary>
public sealed class SnapshotException(string message) : Exception(message);
