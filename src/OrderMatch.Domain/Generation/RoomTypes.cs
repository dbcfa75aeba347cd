namespace OrderMatch.Domain.Generation;

/// <summary>Room types of generated scenarios, with the letter used in room ids.</summary>
internal static class RoomTypes
{
    public const string Welding = "welding-workshop";
    public const string Machining = "machining-workshop";
    public const string Fitting = "fitting-workshop";
    public const string Electrical = "electrical-lab";
    public const string Robotics = "robotics-lab";
    public const string Auto = "auto-workshop";
    public const string Construction = "construction-yard";
    public const string Kitchen = "kitchen";
    public const string Care = "care-lab";
    public const string Beauty = "beauty-salon";
    public const string Computer = "computer-lab";
    public const string Classroom = "classroom";

    /// <summary>Equipment rooms a shared training base may hold (workshops and labs, not plain classrooms).</summary>
    public static IReadOnlyList<string> BaseEquipment { get; } =
        [Welding, Machining, Fitting, Electrical, Robotics, Auto, Construction, Kitchen, Care, Computer];

    public static bool IsWorkshop(string type) =>
        type is Welding or Machining or Fitting or Electrical or Robotics or Auto or Construction;

    public static char Letter(string type) => type switch
    {
        Welding => 'W',
        Machining => 'M',
        Fitting => 'F',
        Electrical => 'E',
        Robotics => 'R',
        Auto => 'A',
        Construction => 'Y',
        Kitchen => 'K',
        Care => 'N',
        Beauty => 'S',
        Computer => 'P',
        _ => 'C',
    };

    /// <summary>Shared-base rental fee range per session, in yuan: heavy equipment costs more.</summary>
    public static (int Min, int Max) FeeRange(string type) => type switch
    {
        Welding or Machining or Robotics => (300, 600),
        Fitting or Electrical or Auto or Construction => (200, 450),
        Kitchen => (200, 400),
        Care or Beauty => (100, 250),
        _ => (100, 200),
    };
}
