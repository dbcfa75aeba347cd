namespace OrderMatch.Domain.Generation;

/// <summary>Industries of generated enterprises. Occupation entries are <see cref="Occupation.Key"/>s.</summary>
internal static class IndustryCatalog
{
    public static IReadOnlyList<Industry> All { get; } =
    [
        new("marine", ["海工装备", "船舶重工", "船舶配件"], ["船舶配件厂", "钢结构加工厂"], ["WELD", "FITA", "ELEC", "LATHE", "MAINT"]),
        new("autoparts", ["汽车零部件", "汽车配件", "精密机械"], ["机加工厂", "五金加工厂"], ["LATHE", "MILL", "GRIND", "FITA", "ROBOT", "WELD"]),
        new("eyewear", ["光学眼镜", "眼镜", "光学科技"], ["眼镜加工厂", "眼镜门店"], ["GRIND", "FITA", "ECOM", "LIVE"]),
        new("electronics", ["电子科技", "电子", "智能科技"], ["电子加工厂"], ["ELEC", "ROBOT", "ROBOM", "FITA", "AITR"]),
        new("machinery", ["机械制造", "智能装备", "重工机械"], ["机械加工厂", "模具厂"], ["LATHE", "MILL", "WELD", "FITA", "TOOL", "MAINT", "ROBOT", "ROBOM"]),
        new("electrical", ["电气", "输变电设备", "电力科技"], ["电器维修部"], ["ELEC", "WELD", "FITA", "MAINT"]),
        new("construction", ["建设工程", "建筑安装", "建工集团"], ["建筑劳务队", "装饰工程队"], ["MASON", "REBAR", "SCAF", "WELD", "ELEC"]),
        new("elderly", ["养老服务", "康养", "颐养"], ["养老院", "日间照料中心"], ["CARE", "HEALTH", "HOME", "COOK"]),
        new("catering", ["餐饮管理", "酒店管理", "食品"], ["餐馆", "面馆", "茶楼"], ["COOK", "PASTRY", "WCOOK", "WPAST", "TEA"]),
        new("housekeeping", ["家政服务", "母婴护理", "社区服务"], ["家政服务部", "月子会所"], ["HOME", "NANNY", "CARE"]),
        new("digital", ["网络科技", "信息技术", "数字科技"], ["电商工作室", "直播工作室"], ["ECOM", "LIVE", "PROG", "NETSEC", "AITR"]),
        new("autoservice", ["汽车销售服务", "汽车维修", "交通运输"], ["汽修店", "汽车美容店"], ["AUTO", "ELEC"]),
        new("property", ["物业服务", "保安服务", "商业管理"], ["物业服务站"], ["GUARD", "FIRE", "ELEC", "HOME"]),
        new("beauty", ["美容美发", "化妆品", "美业"], ["美发店", "美容院"], ["HAIR", "BEAUTY", "HEALTH"]),
    ];

    public static Industry ByKey(string key) => All.First(i => i.Key == key);
}
