namespace OrderMatch.Web.Localization;

/// <summary>Texts of the plan list and the plan review page.</summary>
public static partial class Texts
{
    public static readonly UiText PlansTitle = new("方案", "Plans");
    public static readonly UiText PlansEmpty = new("尚无方案。", "No plans yet.");
    public static readonly UiText PlanColumn = new("方案", "Plan");
    public static readonly UiText PlanSource = new("来源", "Source");
    public static readonly UiText PlanSourceRun = new("运行生成", "run");
    public static readonly UiText PlanSourceImport = new("导入", "imported");
    public static readonly UiText PlanStatusColumn = new("状态", "Status");
    public static readonly UiText PlanCreated = new("创建时间", "Created");
    public static readonly UiText PlanObjective = new("目标值（元）", "Objective (yuan)");
    public static readonly UiText PlanCoverage = new("覆盖率", "Coverage");
    public static readonly UiText PlanClassCount = new("班级数", "Classes");

    public static readonly UiText PlanProposed = new("待审批", "proposed");
    public static readonly UiText PlanApproved = new("已批准", "approved");
    public static readonly UiText PlanRejected = new("已驳回", "rejected");
    public static readonly UiText PlanSuperseded = new("已被取代", "superseded");

    public static readonly UiText PlanTitle = new("方案 #{0}", "Plan #{0}");
    public static readonly UiText PlanEntity = new("方案 #{0}", "Plan #{0}");
    public static readonly UiText PlanFromRun = new("由运行 #{0} 生成", "proposed by run #{0}");
    public static readonly UiText PlanImported = new("导入的方案", "imported plan");
    public static readonly UiText PlanInForceLink = new("现行方案：#{0}", "Plan in force: #{0}");
    public static readonly UiText PlanThisInForce = new("本方案为现行方案", "This plan is in force");
    public static readonly UiText PlanNoneInForce = new("尚无现行方案", "No plan is in force yet");
    public static readonly UiText PlanExport = new("导出 JSON", "Export JSON");
    public static readonly UiText PlanSolver = new("求解：{0}，下界 {1}，用时 {2} 秒", "Solver: {0}, bound {1}, {2} s");
    public static readonly UiText PlanPinnedCount = new("已锁定班级：{0}", "Pinned classes: {0}");

    public static readonly UiText KpiCoverage = new("覆盖率", "Coverage");
    public static readonly UiText KpiWeightedCoverage = new("加权覆盖率", "Weighted coverage");
    public static readonly UiText KpiServed = new("已安排人数", "Trainees placed");
    public static readonly UiText KpiClasses = new("班级数", "Classes");
    public static readonly UiText KpiAvgClassSize = new("平均班级人数", "Average class size");
    public static readonly UiText KpiAvgKm = new("人均通勤（公里）", "Average travel (km)");
    public static readonly UiText KpiBaseUtilization = new("实训基地利用率", "Training-base use");
    public static readonly UiText KpiCrossRegion = new("跨区域培训占比", "Cross-region share");

    public static readonly UiText ObjectiveTitle = new("目标值构成（元）", "Objective components (yuan)");
    public static readonly UiText ObjectiveTotal = new("合计", "Total");
    public static readonly UiText ObjectiveUnserved = new("未安排惩罚", "Unserved penalty");
    public static readonly UiText ObjectiveTuition = new("培训费", "Tuition");
    public static readonly UiText ObjectiveRoomFees = new("场地费", "Room fees");
    public static readonly UiText ObjectiveTraineeTravel = new("学员通勤", "Trainee travel");
    public static readonly UiText ObjectiveTrainerTravel = new("讲师差旅", "Trainer travel");
    public static readonly UiText ObjectiveClassOpening = new("开班成本", "Class opening");
    public static readonly UiText ObjectiveQuality = new("机构等级惩罚", "Institution grade");
    public static readonly UiText ObjectiveChanges = new("变更惩罚", "Changes");

    public static readonly UiText TimelineTitle = new("时间线", "Timeline");
    public static readonly UiText TimelineByInstitution = new("按机构", "By institution");
    public static readonly UiText TimelineByTrainer = new("按讲师", "By trainer");
    public static readonly UiText TimelineByRoom = new("按教室", "By room");
    public static readonly UiText TimelineWeek = new("第{0}周", "W{0}");
    public static readonly UiText TimelineEmpty = new("此方案没有班级。", "This plan opens no class.");
    public static readonly UiText TimelineTooltip = new("{0} · {1}\n机构：{2}\n讲师：{3}\n教室：{4}\n人数：{5}\n{6} 至 {7}",
        "{0} · {1}\nInstitution: {2}\nTrainer: {3}\nRoom: {4}\nTrainees: {5}\n{6} to {7}");

    public static readonly UiText ClassesTitle = new("班级明细", "Classes");
    public static readonly UiText ClassColumn = new("班级", "Class");
    public static readonly UiText ClassCourse = new("课程", "Course");
    public static readonly UiText ClassInstitution = new("机构", "Institution");
    public static readonly UiText ClassTrainer = new("讲师", "Trainer");
    public static readonly UiText ClassRoom = new("教室", "Room");
    public static readonly UiText ClassStart = new("开始", "Start");
    public static readonly UiText ClassEnd = new("结束", "End");
    public static readonly UiText ClassSize = new("人数", "Size");
    public static readonly UiText ClassPattern = new("每周时段", "Weekly slots");
    public static readonly UiText ClassSessions = new("课次（{0}）", "Sessions ({0})");
    public static readonly UiText ClassEnrollments = new("报名订单", "Enrolled orders");
    public static readonly UiText ClassEnrollment = new("{0}：{1} 人", "{0}: {1} trainees");
    public static readonly UiText ClassPinned = new("已锁定", "pinned");

    public static readonly UiText UnassignedTitle = new("未安排的需求", "Unassigned demand");
    public static readonly UiText UnassignedNone = new("所有需求均已安排。", "All demand is placed.");
    public static readonly UiText UnassignedGroup = new("{0} 个订单，{1} 人", "{0} orders, {1} trainees");
    public static readonly UiText UnassignedOrder = new("订单", "Order");
    public static readonly UiText UnassignedTrainees = new("人数", "Trainees");
    public static readonly UiText UnassignedDetail = new("说明", "Detail");
}
