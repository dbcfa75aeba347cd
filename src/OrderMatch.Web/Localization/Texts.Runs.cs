namespace OrderMatch.Web.Localization;

/// <summary>Texts of the coordinator's planning-run page.</summary>
public static partial class Texts
{
    public static readonly UiText RunsTitle = new("规划运行", "Planning runs");
    public static readonly UiText RunsStartTitle = new("开始新的规划运行", "Start a planning run");
    public static readonly UiText RunsStartHint = new("运行读取当前所有未结订单，生成待审批的方案。",
        "A run reads every open order and proposes a plan for review.");
    public static readonly UiText RunsTimeLimit = new("时间上限（秒）", "Time limit (seconds)");
    public static readonly UiText RunsSeed = new("随机种子", "Seed");
    public static readonly UiText RunsStart = new("开始运行", "Start run");
    public static readonly UiText RunsCancel = new("取消", "Cancel");
    public static readonly UiText RunsEmpty = new("尚无规划运行。", "No planning runs yet.");
    public static readonly UiText RunsStarted = new("已开始运行 #{0}。", "Run #{0} started.");
    public static readonly UiText RunsCancelRequested = new("已请求取消运行 #{0}。", "Cancelling run #{0}.");
    public static readonly UiText RunColumn = new("运行", "Run");
    public static readonly UiText RunRequestedBy = new("发起人", "Requested by");
    public static readonly UiText RunCreated = new("创建时间", "Created");
    public static readonly UiText RunStatus = new("状态", "Status");
    public static readonly UiText RunPhase = new("阶段", "Phase");
    public static readonly UiText RunProgress = new("进度", "Progress");
    public static readonly UiText RunIncumbent = new("当前最优目标值", "Best objective");
    public static readonly UiText RunGap = new("差距", "Gap");
    public static readonly UiText RunElapsed = new("用时", "Elapsed");
    public static readonly UiText RunPlan = new("方案", "Plan");
    public static readonly UiText RunOpenPlan = new("查看方案 #{0}", "Open plan #{0}");
    public static readonly UiText RunError = new("错误：{0}", "Error: {0}");

    public static readonly UiText RunQueued = new("排队中", "queued");
    public static readonly UiText RunRunning = new("运行中", "running");
    public static readonly UiText RunSucceeded = new("已完成", "succeeded");
    public static readonly UiText RunFailed = new("失败", "failed");
    public static readonly UiText RunCancelled = new("已取消", "cancelled");
}
