namespace OrderMatch.Web.Localization;

/// <summary>The reason codes for unassigned trainees (FORMAT.md), each named and explained in words.</summary>
public static partial class Texts
{
    public static readonly UiText ReasonNoOffer = new("无机构开设该课程", "No institution offers the course");
    public static readonly UiText ReasonNoOfferText = new("没有可为该企业服务的合格机构开设这门课程。",
        "No eligible institution offers this course to the enterprise.");
    public static readonly UiText ReasonPrice = new("价格超出上限", "Price above the cap");
    public static readonly UiText ReasonPriceText = new("开设该课程的机构，人均价格都高于订单的价格上限。",
        "Every institution offering the course charges more per trainee than the order's price cap.");
    public static readonly UiText ReasonTravel = new("通勤距离过远", "Too far to travel");
    public static readonly UiText ReasonTravelText = new("可用的培训地点都超出了学员的最远通勤距离。",
        "Every usable venue lies beyond the trainees' longest travel distance.");
    public static readonly UiText ReasonSubsidyScope = new("不在补贴范围内", "Outside the subsidy scope");
    public static readonly UiText ReasonSubsidyScopeText = new("订单需要政府补贴，但能开课的机构不在该区域的补贴范围内。",
        "The order needs the subsidy, but no institution able to teach it is within the region's subsidy scope.");
    public static readonly UiText ReasonNoTrainer = new("没有合格讲师", "No qualified trainer");
    public static readonly UiText ReasonNoTrainerText = new("在通勤范围内没有具备该工种和等级资格、且有空的讲师。",
        "No trainer qualified for the occupation and level is available within travel distance.");
    public static readonly UiText ReasonNoRoom = new("没有合适教室", "No suitable room");
    public static readonly UiText ReasonNoRoomText = new("没有类型和容量都符合课程要求的教室。",
        "No room has the type and the capacity the course needs.");
    public static readonly UiText ReasonWindow = new("时间窗口太短", "Window too short");
    public static readonly UiText ReasonWindowText = new("在订单的最早开始与最迟结束之间，排不下课程的全部课次。",
        "The course's sessions do not fit between the order's earliest start and its deadline.");
    public static readonly UiText ReasonMinSize = new("人数不足开班", "Too few to open a class");
    public static readonly UiText ReasonMinSizeText = new("与其他订单合并后，人数仍达不到开班的最少人数。",
        "Even pooled with other orders, there are too few trainees to reach the class's minimum size.");
    public static readonly UiText ReasonCapacity = new("资源已被占用", "Resources taken");
    public static readonly UiText ReasonCapacityText = new("合格的资源存在，但已被同等或更高优先级的需求占用。",
        "Eligible resources exist but are used by demand of equal or higher priority.");
    public static readonly UiText ReasonTimeLimit = new("求解时间用尽", "Out of time");
    public static readonly UiText ReasonTimeLimitText = new("求解器在时间上限内未能安排这些学员。",
        "The solver ran out of time before it could place these trainees.");
}
