namespace OrderMatch.Web.Localization;

/// <summary>Texts of the CSV upload, the placement of an approved order, and the institution's answers to its classes.</summary>
public static partial class Texts
{
    public static readonly UiText NavUpload = new("上传订单", "Upload orders");
    public static readonly UiText UploadTitle = new("上传订单（CSV）", "Upload orders (CSV)");
    public static readonly UiText UploadHint = new(
        "第一行为列名，即订单字段名（如 course, trainees, earliestStart, deadline），文件为 UTF-8 编码。每个正确的行单独保存，有问题的行列在下方。",
        "The first row names the columns, which are order fields (such as course, trainees, earliestStart, deadline); the file is UTF-8. Each good row is stored on its own; the problems of the others are listed below.");
    public static readonly UiText UploadFile = new("CSV 文件", "CSV file");
    public static readonly UiText UploadSubmit = new("上传", "Upload");
    public static readonly UiText UploadStored = new("已保存 {0} 个订单：", "{0} orders stored:");
    public static readonly UiText UploadNoneStored = new("没有保存任何订单。", "No order was stored.");
    public static readonly UiText UploadProblems = new("{0} 个问题，这些行没有保存：", "{0} problems; these rows were not stored:");
    public static readonly UiText UploadRejected = new("文件无法使用，没有保存任何订单。", "The file cannot be used; no order was stored.");
    public static readonly UiText UploadLine = new("行", "Line");
    public static readonly UiText UploadField = new("字段", "Field");
    public static readonly UiText UploadRule = new("规则", "Rule");
    public static readonly UiText UploadMessage = new("说明", "Problem");
    public static readonly UiText RuleCsv = new("CSV 文件格式不正确（列数、列名、编码或引号）。",
        "The CSV is not well formed (field count, column names, encoding or quotes).");

    public static readonly UiText PlacementTitle = new("培训安排（现行方案 #{0}）", "Where your trainees train (plan in force #{0})");
    public static readonly UiText PlacementNone = new("现行方案中没有此订单的班级。", "The plan in force gives this order no class.");
    public static readonly UiText PlacementSessions = new("课次", "Sessions");
    public static readonly UiText ProposalTitle = new("待审批方案 #{0} 中的安排", "Proposed in plan #{0}");

    public static readonly UiText ClassAnswer = new("答复", "Answer");
    public static readonly UiText AnswerAccepted = new("已接受", "accepted");
    public static readonly UiText AnswerDeclined = new("已拒绝", "declined");
    public static readonly UiText AnswerAwaiting = new("待答复", "awaiting your answer");
    public static readonly UiText AnswerNotNotified = new("未通知", "not notified");
    public static readonly UiText AnswerClosed = new("无需答复", "nothing to answer");
    public static readonly UiText ClassAccept = new("接受", "Accept");
    public static readonly UiText ClassDecline = new("拒绝", "Decline");
    public static readonly UiText ClassDeclineReason = new("拒绝原因（必填）", "Reason (required)");
    public static readonly UiText ClassAcceptedNotice = new("班级 {0} 已记录为接受。", "Class {0} is recorded as accepted.");
    public static readonly UiText ClassDeclinedNotice = new("已记录拒绝班级 {0}，协调人员已收到通知，其学员需求将在下一次排期中重新安排。",
        "Class {0} is recorded as declined; the coordinators are told and its trainees return to the next planning run.");
    public static readonly UiText ErrorReasonRequired = new("拒绝班级时必须填写原因。", "A decline needs a reason.");
    public static readonly UiText ErrorReasonTooLong = new("拒绝原因最多 {0} 个字符。", "The reason may hold at most {0} characters.");
    public static readonly UiText ErrorAnswered = new("班级 {0} 已经答复过了。", "Class {0} has been answered already.");
    public static readonly UiText ErrorNotAnswerable = new("班级 {0} 现在不能答复：它不在现行方案的通知中，或已取消。",
        "Class {0} cannot be answered now: the plan in force did not notify it, or it is cancelled.");
}
