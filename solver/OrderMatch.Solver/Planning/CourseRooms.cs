using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// The rooms an institution may use for a course — its own, then every shared base's — of the course's room type and
/// big enough for a minimum class, and which institutions offer a course at passing grade. Each list is built once
/// per course (or institution and course) and shared by every order that needs it.
/// </summary>
internal sealed class CourseRooms(ScenarioIndex index)
{
    private readonly Dictionary<string, List<RoomSite>> _bases = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Institution, string Course), List<RoomSite>> _own = [];
    private readonly Dictionary<string, List<(Institution Institution, double Price)>> _offering = new(StringComparer.Ordinal);

    /// <summary>Institutions of passing grade that offer the course, with their price, in scenario order.</summary>
    public IReadOnlyList<(Institution Institution, double Price)> Offering(Course course)
    {
        if (!_offering.TryGetValue(course.Id, out var list))
        {
            list = [.. index.Scenario.Institutions
                .Where(i => i.Grade != Grade.Fail)
                .Select(i => (Institution: i, Price: ScenarioIndex.PriceOf(i, course.Id)))
                .Where(x => x.Price is not null)
                .Select(x => (x.Institution, x.Price!.Value))];
            _offering[course.Id] = list;
        }

        return list;
    }

    /// <summary>The shared bases' rooms the course may use.</summary>
    public IReadOnlyList<RoomSite> Bases(Course course)
    {
        if (!_bases.TryGetValue(course.Id, out var list))
        {
            list = [.. index.Scenario.Bases.SelectMany(b => b.Rooms).Where(r => Suits(r, course)).Select(r => index.Rooms[r.Id])];
            _bases[course.Id] = list;
        }

        return list;
    }

    /// <summary>The institution's own rooms the course may use.</summary>
    public IReadOnlyList<RoomSite> Own(Institution institution, Course course)
    {
        if (!_own.TryGetValue((institution.Id, course.Id), out var list))
        {
            list = [.. institution.Rooms.Where(r => Suits(r, course)).Select(r => index.Rooms[r.Id])];
            _own[(institution.Id, course.Id)] = list;
        }

        return list;
    }

    /// <summary>Every room the institution may use for the course: its own first, then the shared bases'.</summary>
    public IEnumerable<RoomSite> All(Institution institution, Course course) => Own(institution, course).Concat(Bases(course));

    /// <summary>The largest class the institution can hold for the course in any room it may use (0 when it has none).</summary>
    public int Largest(Institution institution, Course course) =>
        Math.Max(Largest(Own(institution, course), course), Largest(Bases(course), course));

    private static int Largest(IReadOnlyList<RoomSite> rooms, Course course) =>
        rooms.Count == 0 ? 0 : rooms.Max(r => Math.Min(course.MaxSize, r.Room.Capacity));

    private static bool Suits(Room room, Course course) => room.Types.Contains(course.RoomType) && room.Capacity >= course.MinSize;
}
