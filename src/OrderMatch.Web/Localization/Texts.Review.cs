namespace OrderMatch.Web.Localization;

/// <summary>Texts of the review actions on the plan page: approve, reject, re-run, pins, and the diff against the plan in force.</summary>
public static partial class Texts
{
    public static readonly UiText PlanDecisionTitle = new("审批", "Decision");
    public static readonly UiText PlanApprove = new("批准方案", "Approve plan");
    public static readonly UiText PlanReject = new("驳回方案", "Reject plan");
    public static readonly UiText PlanApproveComment = new("批准意见（选填）", "Comment (optional)");
    public static readonly UiText PlanRejectComment = new("驳回原因（必填）", "Why it is rejected (required)");
    public static readonly UiText PlanApprovedNotice = new("方案 #{0} 已批准，相关培训机构将收到通知邮件。",
        "Plan #{0} is approved; its institutions are being emailed.");
    public static readonly UiText PlanRejectedNotice = new("方案 #{0} 已驳回。", "Plan #{0} is rejected.");
    public static readonly UiText PlanRerun = new("重新运行", "Re-run");
    public static readonly UiText PlanRerunHint = new("按当前的未结订单和锁定重新规划，生成新的待审批方案。",
        "Plans again from the open orders and the pins; the run proposes a new plan.");

    public static readonly UiText ErrorPlanStatus = new("方案 #{0} 当前为“{1}”，只有待审批的方案可以批准或驳回。",
        "Plan #{0} is {1}; only a proposed plan can be approved or rejected.");
    public static readonly UiText ErrorRegionScope = new("{0} 涉及您不负责的区域：{1}。", "{0} reaches regions you do not coordinate: {1}.");
    public static readonly UiText ErrorCommentRequired = new("驳回方案时必须填写原因。", "A rejection needs a comment saying why.");
    public static readonly UiText ErrorNoSuchClass = new("方案 #{0} 中没有班级 {1}。", "Plan #{0} has no class {1}.");

    public static readonly UiText PinOpen = new("锁定…", "Pin…");
    public static readonly UiText PinWholeClass = new("整个班级（含报名）", "The whole class (with its enrollments)");
    public static readonly UiText PinDecisions = new("或只保留：", "or keep only:");
    public static readonly UiText PinSubmit = new("锁定", "Pin");
    public static readonly UiText PinRemove = new("取消锁定", "Unpin");
    public static readonly UiText PinKeeps = new("已锁定：{0}", "Pinned: {0}");
    public static readonly UiText PinnedNotice = new("班级 {0} 已锁定，下一次运行将保留：{1}。", "Class {0} is pinned; the next run keeps: {1}.");
    public static readonly UiText UnpinnedNotice = new("班级 {0} 已取消锁定。", "Class {0} is no longer pinned.");
    public static readonly UiText ErrorPinChoose = new("请选择整个班级，或至少一项要保留的决策。", "Choose the whole class, or at least one decision to keep.");
    public static readonly UiText ErrorPinClosed = new("班级 {0} 的订单已不再开放（{1}），不能锁定到下一次运行。",
        "Class {0} enrolls orders that are no longer open ({1}); it cannot be pinned for the next run.");
    public static readonly UiText ErrorNoPin = new("班级 {0} 没有锁定。", "Class {0} is not pinned.");
    public static readonly UiText DecisionClass = new("整个班级", "whole class");
    public static readonly UiText DecisionTime = new("时间", "Time");

    public static readonly UiText DiffTitle = new("与现行方案的差异", "Differences from the plan in force");
    public static readonly UiText DiffAgainst = new("对比现行方案 #{0}。", "Compared with the plan in force, #{0}.");
    public static readonly UiText DiffNoneInForce = new("尚无现行方案，所有班级都是新增的。", "No plan is in force: every class is new.");
    public static readonly UiText DiffIsInForce = new("本方案即现行方案。", "This plan is the plan in force.");
    public static readonly UiText DiffSame = new("与现行方案没有差异。", "No difference from the plan in force.");
    public static readonly UiText DiffAdded = new("新增班级（{0}）", "Added classes ({0})");
    public static readonly UiText DiffRemoved = new("取消的班级（{0}）", "Removed classes ({0})");
    public static readonly UiText DiffChanged = new("变更的班级（{0}）", "Changed classes ({0})");
    public static readonly UiText DiffMoved = new("报名有变动的订单（{0}）", "Orders whose enrollments moved ({0})");
    public static readonly UiText DiffDecision = new("变更项", "Decision");
    public static readonly UiText DiffBefore = new("现行", "In force");
    public static readonly UiText DiffAfter = new("本方案", "This plan");
    public static readonly UiText DiffTime = new("第{0}周起：{1}", "from week {0}: {1}");
    public static readonly UiText DiffNowhere = new("未安排", "not placed");
}
