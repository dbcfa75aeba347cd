namespace OrderMatch.Web.Localization;

/// <summary>Every user-visible text of the web UI, in Simplified Chinese and English: the layout, sign-in and errors.</summary>
public static partial class Texts
{
    public static readonly UiText AppName = new("OrderMatch 培训订单撮合", "OrderMatch training orders");
    public static readonly UiText NavOrders = new("订单", "Orders");
    public static readonly UiText NavNewOrder = new("提交订单", "New order");
    public static readonly UiText NavRuns = new("规划运行", "Planning runs");
    public static readonly UiText NavPlans = new("方案", "Plans");
    public static readonly UiText NavAudit = new("审计日志", "Audit log");
    public static readonly UiText NavClasses = new("我的班级", "My classes");
    public static readonly UiText SignOut = new("退出", "Sign out");
    public static readonly UiText SignedInAs = new("{0}（{1}）", "{0} ({1})");
    public static readonly UiText Yes = new("是", "yes");
    public static readonly UiText No = new("否", "no");
    public static readonly UiText Optional = new("选填", "optional");

    public static readonly UiText RoleEnterprise = new("企业", "Enterprise");
    public static readonly UiText RoleCoordinator = new("协调员", "Coordinator");
    public static readonly UiText RoleInstitution = new("培训机构", "Institution");
    public static readonly UiText RoleAdmin = new("管理员", "Administrator");

    public static readonly UiText LoginTitle = new("登录", "Sign in");
    public static readonly UiText LoginName = new("用户名", "Login");
    public static readonly UiText LoginPassword = new("密码", "Password");
    public static readonly UiText LoginSubmit = new("登录", "Sign in");
    public static readonly UiText LoginRequired = new("请填写用户名和密码。", "Enter your login and your password.");
    public static readonly UiText LoginWrong = new("用户名或密码错误。", "The login or the password is wrong.");
    public static readonly UiText LoginLocked = new("连续输错密码次数过多，账户已锁定至 {0}。",
        "Too many wrong passwords in a row: the account is locked until {0}.");

    public static readonly UiText DeniedTitle = new("无权访问", "Access denied");
    public static readonly UiText DeniedText = new("您的角色（{0}）无权打开此页面。", "Your role ({0}) may not open this page.");
    public static readonly UiText DeniedAnonymous = new("请先登录。", "Please sign in first.");
    public static readonly UiText BackHome = new("返回首页", "Back to the start page");
    public static readonly UiText NotFoundTitle = new("未找到", "Not found");
    public static readonly UiText NotFoundText = new("{0} 不存在，或您无权查看。", "{0} does not exist, or you may not see it.");
}
