namespace OrderMatch.Domain.Generation;

/// <summary>Occupations used by generated scenarios, most demanded first (a tier takes a prefix of this list).</summary>
internal static class OccupationCatalog
{
    public static IReadOnlyList<Occupation> All { get; } =
    [
        new("WELD", "6-18-02-04", "焊工", RoomTypes.Welding, 10, true, 1500),
        new("FITA", "6-20-01-01", "装配钳工", RoomTypes.Fitting, 8, true, 1400),
        new("LATHE", "6-18-01-01", "车工", RoomTypes.Machining, 8, true, 1500),
        new("CARE", "4-10-01-05", "养老护理员", RoomTypes.Care, 10, true, 900),
        new("ELEC", "6-31-01-03", "电工", RoomTypes.Electrical, 9, true, 1300),
        new("COOK", "4-03-02-01", "中式烹调师", RoomTypes.Kitchen, 8, false, 1200),
        new("HOME", "4-10-01-06", "家政服务员", RoomTypes.Care, 6, false, 700),
        new("NANNY", "4-10-01-02", "育婴员", RoomTypes.Care, 5, false, 900),
        new("ECOM", "4-01-02-02", "电子商务师", RoomTypes.Computer, 4, false, 1000),
        new("MILL", "6-18-01-02", "铣工", RoomTypes.Machining, 4, false, 1500),
        new("ROBOT", "6-30-99-00", "工业机器人系统操作员", RoomTypes.Robotics, 4, true, 2000),
        new("AUTO", "4-12-01-01", "汽车维修工", RoomTypes.Auto, 5, false, 1500),
        new("PASTRY", "4-03-02-02", "中式面点师", RoomTypes.Kitchen, 4, false, 1100),
        new("LIVE", "4-01-02-07", "互联网营销师", RoomTypes.Computer, 4, false, 900),
        new("MAINT", "6-31-01-02", "机修钳工", RoomTypes.Fitting, 4, false, 1400),
        new("GRIND", "6-18-01-04", "磨工", RoomTypes.Machining, 2, false, 1500),
        new("TOOL", "6-20-01-02", "工具钳工", RoomTypes.Fitting, 3, false, 1400),
        new("GUARD", "4-07-05-01", "保安员", RoomTypes.Classroom, 3, false, 600),
        new("FIRE", "4-07-05-04", "消防设施操作员", RoomTypes.Classroom, 3, false, 900),
        new("HAIR", "4-10-03-01", "美发师", RoomTypes.Beauty, 3, false, 1100),
        new("BEAUTY", "4-10-03-02", "美容师", RoomTypes.Beauty, 3, false, 1200),
        new("WPAST", "4-03-02-04", "西式面点师", RoomTypes.Kitchen, 3, false, 1200),
        new("WCOOK", "4-03-02-03", "西式烹调师", RoomTypes.Kitchen, 2, false, 1300),
        new("PROG", "4-04-05-01", "计算机程序设计员", RoomTypes.Computer, 2, false, 1800),
        new("NETSEC", "4-04-04-02", "网络与信息安全管理员", RoomTypes.Computer, 2, false, 1700),
        new("AITR", "4-04-05-05", "人工智能训练师", RoomTypes.Computer, 2, false, 1600),
        new("HEALTH", "4-14-02-02", "健康管理师", RoomTypes.Classroom, 2, false, 1200),
        new("ROBOM", "6-31-01-10", "工业机器人系统运维员", RoomTypes.Robotics, 2, false, 2200),
        new("MASON", "6-29-01-01", "砌筑工", RoomTypes.Construction, 2, false, 1000),
        new("REBAR", "6-29-01-04", "钢筋工", RoomTypes.Construction, 2, false, 1000),
        new("SCAF", "6-29-01-05", "架子工", RoomTypes.Construction, 2, false, 1100),
        new("TEA", "4-03-02-07", "茶艺师", RoomTypes.Classroom, 2, false, 900),
    ];

    /// <summary>How many occupations a tier draws its courses from.</summary>
    public static int CountFor(Tier tier) => tier switch
    {
        Tier.S => 10,
        Tier.M => 28,
        _ => All.Count,
    };
}
