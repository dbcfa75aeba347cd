using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Snapshot;

/// <summary>The single settings row: scenario name, calendar and policy.</summary>
internal sealed record SnapshotSettings(string Name, Horizon Horizon, Policy Policy);
