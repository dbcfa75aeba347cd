using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// The places tiers model, with real district / prefecture names and approximate centres:
/// Zhenjiang's 8 districts, Shanghai's 16 districts, Sichuan's 21 prefectures grouped by its five economic zones.
/// </summary>
internal static class TierModels
{
    private const SubsidyScope Local = SubsidyScope.Local;
    private const SubsidyScope Alliance = SubsidyScope.Alliance;
    private const SubsidyScope Any = SubsidyScope.Any;

    public static TierModel For(Tier tier) => tier switch
    {
        Tier.S => Zhenjiang,
        Tier.M => Shanghai,
        Tier.L => Sichuan,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "unknown tier"),
    };

    private static TierModel Zhenjiang { get; } = new("zhenjiang", "镇江",
    [
        new("京口区", "京口", 32.1980, 119.4700, 6, 1.2, "ZJ-A1", Alliance, ["digital", "property", "elderly"]),
        new("润州区", "润州", 32.1950, 119.4100, 5, 1.0, "ZJ-A1", Any, ["catering", "beauty", "housekeeping"]),
        new("丹徒区", "丹徒", 32.1300, 119.4400, 12, 0.9, "ZJ-A2", Alliance, ["autoparts", "machinery", "construction"]),
        new("镇江新区", "镇江新区", 32.1900, 119.6800, 9, 1.3, "ZJ-A1", Alliance, ["marine", "electronics", "machinery"]),
        new("丹阳市", "丹阳", 32.0000, 119.5800, 15, 1.6, "ZJ-A2", Local, ["eyewear", "autoparts", "autoservice"]),
        new("句容市", "句容", 31.9500, 119.1700, 14, 1.0, null, Local, ["elderly", "catering", "construction"]),
        new("扬中市", "扬中", 32.2350, 119.8000, 7, 0.7, null, Local, ["electrical", "marine"]),
        new("高新区", "镇江高新区", 32.1650, 119.3650, 5, 0.6, "ZJ-A1", Any, ["electronics", "digital", "machinery"]),
    ], PriceFactor: 1.0, TravelScale: 1.0, SizeMix: [0.25, 0.30, 0.30, 0.15]);

    private static TierModel Shanghai { get; } = new("shanghai", "上海",
    [
        new("黄浦区", "黄浦", 31.2317, 121.4846, 3, 0.8, "SH-C", Any, ["catering", "property", "beauty"]),
        new("徐汇区", "徐汇", 31.1886, 121.4365, 4, 1.0, "SH-C", Any, ["digital", "elderly", "catering"]),
        new("长宁区", "长宁", 31.2204, 121.4246, 4, 0.8, "SH-C", Any, ["digital", "property", "beauty"]),
        new("静安区", "静安", 31.2290, 121.4480, 4, 0.9, "SH-C", Any, ["catering", "beauty", "property"]),
        new("普陀区", "普陀", 31.2495, 121.3970, 4, 0.8, "SH-C", Alliance, ["elderly", "housekeeping", "autoservice"]),
        new("虹口区", "虹口", 31.2646, 121.5050, 3, 0.7, "SH-C", Alliance, ["elderly", "housekeeping", "catering"]),
        new("杨浦区", "杨浦", 31.2595, 121.5260, 4, 0.9, "SH-C", Any, ["digital", "electronics", "elderly"]),
        new("闵行区", "闵行", 31.1128, 121.3816, 10, 1.5, "SH-W", Alliance, ["machinery", "electrical", "electronics"]),
        new("宝山区", "宝山", 31.4054, 121.4894, 10, 1.2, "SH-N", Alliance, ["machinery", "marine", "construction"]),
        new("嘉定区", "嘉定", 31.3747, 121.2653, 10, 1.3, "SH-W", Alliance, ["autoparts", "autoservice", "electronics"]),
        new("浦东新区", "浦东", 31.2215, 121.5900, 18, 2.5, "SH-N", Any, ["electronics", "digital", "marine", "autoparts"]),
        new("金山区", "金山", 30.7414, 121.3420, 12, 0.8, "SH-S", Local, ["machinery", "construction", "catering"]),
        new("松江区", "松江", 31.0323, 121.2277, 12, 1.2, "SH-W", Alliance, ["electronics", "digital", "machinery"]),
        new("青浦区", "青浦", 31.1510, 121.1243, 13, 1.0, "SH-W", Alliance, ["digital", "autoservice", "construction"]),
        new("奉贤区", "奉贤", 30.9180, 121.4742, 13, 0.9, "SH-S", Local, ["beauty", "machinery", "elderly"]),
        new("崇明区", "崇明", 31.6227, 121.5000, 18, 0.5, "SH-N", Local, ["elderly", "catering", "housekeeping"]),
    ], PriceFactor: 1.3, TravelScale: 1.0, SizeMix: [0.25, 0.30, 0.30, 0.15]);

    private static TierModel Sichuan { get; } = new("sichuan", "四川",
    [
        new("成都市", "成都", 30.6586, 104.0648, 35, 6.0, "SC-CD", Any, ["electronics", "digital", "catering", "autoparts"]),
        new("自贡市", "自贡", 29.3392, 104.7784, 18, 1.0, "SC-CN", Alliance, ["machinery", "catering", "electrical"]),
        new("攀枝花市", "攀枝花", 26.5823, 101.7186, 25, 0.9, "SC-PX", Alliance, ["machinery", "construction", "electrical"]),
        new("泸州市", "泸州", 28.8717, 105.4423, 30, 1.3, "SC-CN", Alliance, ["catering", "machinery", "construction"]),
        new("德阳市", "德阳", 31.1270, 104.3979, 25, 1.5, "SC-CD", Any, ["machinery", "electrical", "autoparts"]),
        new("绵阳市", "绵阳", 31.4675, 104.6796, 35, 1.6, "SC-CD", Alliance, ["electronics", "machinery", "digital"]),
        new("广元市", "广元", 32.4355, 105.8433, 35, 0.8, "SC-DB", Local, ["catering", "construction", "elderly"]),
        new("遂宁市", "遂宁", 30.5328, 105.5929, 20, 1.0, "SC-CD", Alliance, ["electronics", "catering", "construction"]),
        new("内江市", "内江", 29.5802, 105.0584, 20, 1.0, "SC-CN", Alliance, ["machinery", "construction", "elderly"]),
        new("乐山市", "乐山", 29.5521, 103.7656, 30, 1.2, "SC-CD", Alliance, ["catering", "electronics", "elderly"]),
        new("南充市", "南充", 30.8373, 106.1107, 30, 1.6, "SC-DB", Alliance, ["autoparts", "construction", "housekeeping"]),
        new("眉山市", "眉山", 30.0756, 103.8485, 25, 1.0, "SC-CD", Alliance, ["catering", "electronics", "machinery"]),
        new("宜宾市", "宜宾", 28.7513, 104.6417, 30, 1.5, "SC-CN", Alliance, ["electronics", "catering", "autoparts"]),
        new("广安市", "广安", 30.4564, 106.6333, 25, 1.0, "SC-DB", Local, ["machinery", "construction", "housekeeping"]),
        new("达州市", "达州", 31.2096, 107.4680, 35, 1.4, "SC-DB", Alliance, ["construction", "electrical", "catering"]),
        new("雅安市", "雅安", 29.9806, 103.0133, 30, 0.6, "SC-CD", Local, ["catering", "elderly", "construction"]),
        new("巴中市", "巴中", 31.8672, 106.7476, 30, 0.8, "SC-DB", Local, ["construction", "housekeeping", "catering"]),
        new("资阳市", "资阳", 30.1289, 104.6276, 20, 0.8, "SC-CD", Alliance, ["autoparts", "machinery", "catering"]),
        new("阿坝州", "阿坝", 31.8994, 102.2214, 60, 0.4, "SC-XB", Local, ["catering", "construction", "housekeeping"]),
        new("甘孜州", "甘孜", 30.0493, 101.9625, 70, 0.4, "SC-XB", Local, ["catering", "construction", "elderly"]),
        new("凉山州", "凉山", 27.8815, 102.2675, 50, 1.0, "SC-PX", Local, ["construction", "catering", "housekeeping"]),
    ], PriceFactor: 0.85, TravelScale: 2.0, SizeMix: [0.42, 0.33, 0.17, 0.08]);
}
