using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>An institution with one of the rooms it may use for a course: the place half of a class.</summary>
internal sealed record SiteOption(Institution Institution, RoomSite Room, double Price)
{
    public string Key => $"{Institution.Id}|{Room.Room.Id}";
}
