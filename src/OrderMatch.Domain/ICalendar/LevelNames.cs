namespace OrderMatch.Domain.ICalendar;

/// <summary>The national occupational skill levels (职业技能等级) by FORMAT.md level 1…5, in Chinese and English.</summary>
public static class LevelNames
{
    public static string Chinese(int level) => level switch
    {
        1 => "五级/初级工",
        2 => "四级/中级工",
        3 => "三级/高级工",
        4 => "二级/技师",
        5 => "一级/高级技师",
        _ => $"等级 {level}",
    };

    public static string English(int level) => level switch
    {
        1 => "level 5, junior worker",
        2 => "level 4, intermediate worker",
        3 => "level 3, senior worker",
        4 => "level 2, technician",
        5 => "level 1, senior technician",
        _ => $"level {level}",
    };
}
