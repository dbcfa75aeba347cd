namespace OrderMatch.Domain.Generation;

/// <summary>Word lists for generated Chinese names of people, institutions, bases and enterprises.</summary>
internal static class ChineseNames
{
    /// <summary>Common surnames, most frequent first.</summary>
    public static IReadOnlyList<string> Surnames { get; } =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
        "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范",
        "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾",
    ];

    /// <summary>Given names of one or two characters.</summary>
    public static IReadOnlyList<string> GivenNames { get; } =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚",
        "秀英", "秀兰", "桂英", "建华", "建国", "志强", "海燕", "晓东", "国强", "红梅", "文", "斌", "宇", "浩", "凯", "鹏", "俊",
        "峰", "健", "琳", "颖", "婷", "志刚", "永刚", "春华", "立新", "德明", "海峰", "小红", "玉兰", "建军", "卫东", "晓梅",
        "思远", "子豪", "雨涵", "梓萱", "浩然", "欣怡", "嘉怡", "宏伟", "国华", "金凤", "庆丰", "长青", "学军", "丽华", "云",
    ];

    /// <summary>First characters of trade names (字号).</summary>
    public static IReadOnlyList<string> BrandHeads { get; } =
    [
        "华", "恒", "金", "瑞", "宏", "永", "鑫", "天", "中", "博", "嘉", "新", "润", "汇", "东", "正", "腾", "盛", "国", "明",
        "海", "宝", "荣", "福", "兴", "百", "远", "诚", "德", "同",
    ];

    /// <summary>Second characters of trade names.</summary>
    public static IReadOnlyList<string> BrandTails { get; } =
    [
        "达", "泰", "鼎", "丰", "航", "源", "元", "禾", "通", "方", "大", "飞", "信", "辉", "利", "昌", "星", "业", "川", "邦",
        "越", "安", "智", "创", "成", "力", "和", "发", "峰", "锦",
    ];

    /// <summary>Specialties in school names: "交通技师学院", "机电技工学校".</summary>
    public static IReadOnlyList<string> SchoolSpecialties { get; } =
    [
        "", "机电", "工贸", "交通", "信息", "城建", "商贸", "旅游", "轻工", "工业", "电子", "建设",
    ];

    /// <summary>Words for industrial-park training bases.</summary>
    public static IReadOnlyList<string> ParkWords { get; } =
    [
        "经济开发区", "高新区", "工业园区", "智能制造产业园", "装备制造产业园", "电子信息产业园", "现代服务业集聚区", "临港产业园",
    ];
}
