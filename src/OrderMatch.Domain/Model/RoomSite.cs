namespace OrderMatch.Domain.Model;

/// <summary>A room and the site that owns it: exactly one of <see cref="Institution"/> and <see cref="Base"/> is set.</summary>
public sealed record RoomSite(Room Room, Institution? Institution, TrainingBase? Base)
{
    public Location Location => Institution?.Location ?? Base!.Location;

    public string SiteId => Institution?.Id ?? Base!.Id;

    public string SiteRegion => Institution?.Region ?? Base!.Region;

    public bool IsSharedBase => Base is not null;

    /// <summary>Fee per session for an institution using this room: none for its own room.</summary>
    public double FeePerSession => IsSharedBase ? Room.FeePerSession : 0.0;

    /// <summary>H4 ownership: its own room or any shared-base room; never another institution's.</summary>
    public bool UsableBy(string institutionId) => IsSharedBase || Institution!.Id == institutionId;
}
