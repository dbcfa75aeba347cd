namespace OrderMatch.Web.Localization;

/// <summary>Texts of the notifications badge and page: failed emails and declined classes.</summary>
public static partial class Texts
{
    public static readonly UiText NavNotifications = new("通知", "Notifications");
    public static readonly UiText BadgeTitle = new("{0} 封邮件发送失败，{1} 个未读的拒绝", "{0} failed emails, {1} unread declines");
    public static readonly UiText NotificationsTitle = new("通知", "Notifications");
    public static readonly UiText NotificationsSummary = new("待发送 {0} 封，发送失败 {1} 封，未读拒绝 {2} 个。",
        "{0} emails waiting to be sent, {1} failed, {2} unread declines.");

    public static readonly UiText FailedTitle = new("发送失败的邮件", "Failed emails");
    public static readonly UiText FailedNone = new("没有发送失败的邮件。", "No email failed.");
    public static readonly UiText OutboxId = new("邮件", "Email");
    public static readonly UiText OutboxKindColumn = new("类型", "Kind");
    public static readonly UiText OutboxKindPlan = new("排期通知", "plan notice");
    public static readonly UiText OutboxKindDecline = new("拒绝通知", "decline notice");
    public static readonly UiText OutboxPlan = new("方案", "Plan");
    public static readonly UiText OutboxRecipients = new("收件人", "Recipients");
    public static readonly UiText OutboxAttempts = new("尝试次数", "Attempts");
    public static readonly UiText OutboxLastError = new("最后的错误", "Last error");
    public static readonly UiText OutboxCreated = new("创建时间", "Created");
    public static readonly UiText OutboxRetry = new("重新发送", "Send again");
    public static readonly UiText OutboxRetriedNotice = new("邮件 #{0} 已重新排队发送。", "Email #{0} is queued again.");
    public static readonly UiText ErrorNotFailed = new("邮件 #{0} 当前为“{1}”，只有发送失败的邮件可以重新发送。",
        "Email #{0} is {1}; only a failed email can be sent again.");
    public static readonly UiText ErrorNoSuchMessage = new("没有邮件 #{0}。", "There is no email #{0}.");

    public static readonly UiText DeclinesTitle = new("机构拒绝的班级", "Classes declined by institutions");
    public static readonly UiText DeclinesNone = new("没有拒绝记录。", "No class was declined.");
    public static readonly UiText DeclineInstitution = new("机构", "Institution");
    public static readonly UiText DeclineClass = new("班级", "Class");
    public static readonly UiText DeclinePlan = new("方案", "Plan");
    public static readonly UiText DeclineReasonColumn = new("原因", "Reason");
    public static readonly UiText DeclineAt = new("时间", "When");
    public static readonly UiText DeclineUnread = new("未读", "unread");
    public static readonly UiText DeclinesMarkSeen = new("全部标为已读", "Mark all seen");
    public static readonly UiText DeclinesSeenNotice = new("已将 {0} 个拒绝标为已读。", "{0} declines marked seen.");

    public static readonly UiText OutboxPending = new("待发送", "pending");
    public static readonly UiText OutboxSending = new("发送中", "sending");
    public static readonly UiText OutboxSent = new("已发送", "sent");
    public static readonly UiText OutboxFailed = new("发送失败", "failed");
}
