namespace OrderMatch.Web.Localization;

/// <summary>Texts of the enterprise's order pages.</summary>
public static partial class Texts
{
    public static readonly UiText OrdersTitle = new("培训订单", "Training orders");
    public static readonly UiText OrdersEmpty = new("暂无订单。", "No orders yet.");
    public static readonly UiText OrderId = new("订单号", "Order");
    public static readonly UiText OrderEnterprise = new("企业", "Enterprise");
    public static readonly UiText OrderCourse = new("课程", "Course");
    public static readonly UiText OrderTrainees = new("人数", "Trainees");
    public static readonly UiText OrderWindow = new("培训时段", "Window");
    public static readonly UiText OrderPriority = new("优先级", "Priority");
    public static readonly UiText OrderStatus = new("状态", "Status");
    public static readonly UiText OrderSubmittedAt = new("提交时间", "Submitted");
    public static readonly UiText OrderTitle = new("订单 {0}", "Order {0}");
    public static readonly UiText OrderSubmittedNotice = new("订单 {0} 已提交。", "Order {0} was submitted.");
    public static readonly UiText OrderPlacement = new("方案 #{0} 中的安排", "Placement in plan #{0}");
    public static readonly UiText OrderNotPlanned = new("尚无方案安排此订单。", "No plan places this order yet.");
    public static readonly UiText OrderUnplaced = new("未安排 {0} 人：", "{0} trainees not placed:");

    public static readonly UiText StatusSubmitted = new("已提交", "submitted");
    public static readonly UiText StatusPlanned = new("已排入方案", "planned");
    public static readonly UiText StatusApproved = new("已批准", "approved");
    public static readonly UiText StatusInTraining = new("培训中", "in training");
    public static readonly UiText StatusDeclined = new("已被拒绝", "declined");
    public static readonly UiText StatusCancelled = new("已取消", "cancelled");

    public static readonly UiText NewOrderTitle = new("提交培训订单", "Submit a training order");
    public static readonly UiText FieldEnterprise = new("企业编号", "Enterprise id");
    public static readonly UiText FieldCourse = new("课程", "Course");
    public static readonly UiText FieldChooseCourse = new("请选择课程", "Choose a course");
    public static readonly UiText FieldTrainees = new("参训人数", "Trainees");
    public static readonly UiText FieldEarliestStart = new("最早开始日期", "Earliest start");
    public static readonly UiText FieldDeadline = new("最迟结束日期", "Deadline");
    public static readonly UiText FieldPriority = new("优先级（1–5，5 最紧急）", "Priority (1–5, 5 = most urgent)");
    public static readonly UiText FieldSplittable = new("可拆分到多个班级", "May be split across classes");
    public static readonly UiText FieldMinChunk = new("每个班级至少人数", "Fewest trainees per class");
    public static readonly UiText FieldMaxTravelKm = new("最远通勤距离（公里）", "Longest trainee travel (km)");
    public static readonly UiText FieldMaxPrice = new("人均价格上限（元）", "Price cap per trainee (yuan)");
    public static readonly UiText FieldRequiresSubsidy = new("需要政府补贴", "Needs the government subsidy");
    public static readonly UiText FieldAllowedSlots = new("可上课时段（如 Mon-AM, Sat-PM）", "Allowed slots (like Mon-AM, Sat-PM)");
    public static readonly UiText NewOrderSubmit = new("提交订单", "Submit order");
    public static readonly UiText NewOrderFix = new("订单未提交，请更正标出的字段。", "The order was not submitted: correct the marked fields.");

    public static readonly UiText RuleRequired = new("此项必填。", "This field is required.");
    public static readonly UiText RuleType = new("格式不正确：请填写数字或日期（yyyy-MM-dd）。", "Wrong format: enter a number, or a date (yyyy-MM-dd).");
    public static readonly UiText RuleUnknownId = new("不存在该编号。", "No such id exists.");
    public static readonly UiText RuleRange = new("数值超出允许范围。", "The value is out of range.");
    public static readonly UiText RuleWindow = new("日期无效：最早开始不得晚于最迟结束，且须与规划季度重叠。",
        "The dates do not work: the earliest start must not be after the deadline, and the window must meet the planning quarter.");
    public static readonly UiText RuleSlots = new("时段无效，或可用的日子不足以安排每周的课次。",
        "A slot is not valid, or the slots leave too few days for the course's sessions each week.");
    public static readonly UiText RuleDuplicate = new("有重复的值。", "A value is listed twice.");
    public static readonly UiText RuleFormat = new("格式不正确。", "Wrong format.");
    public static readonly UiText RuleScope = new("您不能为该企业下单。", "You may not order for this enterprise.");
    public static readonly UiText RuleTaken = new("该订单号已存在。", "This order id exists already.");
}
