namespace OrderMatch.Web.Localization;

/// <summary>Texts of the audit log and the institution's class pages.</summary>
public static partial class Texts
{
    public static readonly UiText AuditTitle = new("审计日志", "Audit log");
    public static readonly UiText AuditEntity = new("对象类型", "Entity");
    public static readonly UiText AuditAllEntities = new("全部", "All");
    public static readonly UiText AuditFilter = new("筛选", "Filter");
    public static readonly UiText AuditAt = new("时间", "Time");
    public static readonly UiText AuditActor = new("操作人", "Actor");
    public static readonly UiText AuditAction = new("操作", "Action");
    public static readonly UiText AuditEntityId = new("对象编号", "Id");
    public static readonly UiText AuditDetails = new("详情", "Details");
    public static readonly UiText AuditPrevious = new("上一页", "Previous");
    public static readonly UiText AuditNext = new("下一页", "Next");
    public static readonly UiText AuditPageOf = new("第 {0} / {1} 页，共 {2} 条", "Page {0} of {1}, {2} entries");
    public static readonly UiText AuditEmpty = new("暂无记录。", "No entries.");

    public static readonly UiText ClassesOfInstitution = new("我的班级", "My classes");
    public static readonly UiText ClassesIntro = new("现行方案 #{0} 中安排给 {1} 的班级。", "Classes of {1} in the plan in force (#{0}).");
    public static readonly UiText ClassesNoPlan = new("尚无已批准的方案。", "No plan has been approved yet.");
    public static readonly UiText ClassesNone = new("现行方案中没有安排给您的班级。", "The plan in force gives you no class.");
}
