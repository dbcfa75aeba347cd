using OrderMatch.Data.Notifications;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Respond;

/// <summary>
/// /respond/{token}: where institutions accept or decline a class from their email, without signing in — the signed
/// link is the credential. GET shows the class and a form (mail scanners that fetch links change nothing); POST records
/// the answer (a decline needs a reason). A malformed or altered link is refused (400), an expired one too (410), a
/// spent one (409). Pages are in Chinese and English; a client asking for JSON gets RFC 7807 problem details instead.
/// </summary>
public static class RespondApi
{
    public static IEndpointRouteBuilder MapRespondApi(this IEndpointRouteBuilder app)
    {
        var respond = app.MapGroup("/respond").AllowAnonymous().WithTags("respond");
        respond.MapGet("/{token}", ShowAsync);
        respond.MapPost("/{token}", AnswerAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ShowAsync(string token, HttpContext http, LinkSigning signing, ClassResponses responses,
        CancellationToken cancellationToken)
    {
        NoStore(http);
        var (claims, refusal) = await CheckAsync(token, http, signing, cancellationToken);
        if (claims is null)
        {
            return refusal!;
        }

        var view = await responses.FindAsync(claims, cancellationToken);
        if (view is null)
        {
            return Refuse(http, StatusCodes.Status404NotFound, "not-found", "token", "找不到该班级", "class not found",
                "此链接对应的班级不存在。", "No class belongs to this link.");
        }

        if (view.Answered is { } answered)
        {
            return Refuse(http, StatusCodes.Status409Conflict, "link-used", "token", "已答复", "already answered",
                $"此班级已答复（{(answered == "accepted" ? "已接受" : "已拒绝")}），链接只能使用一次。",
                $"This class has been answered already ({answered}); a link works once.");
        }

        if (!view.PlanInForce)
        {
            return Refuse(http, StatusCodes.Status409Conflict, "plan-replaced", "token", "计划已更新", "plan replaced",
                "该邮件所属的培训计划已被新计划取代，请以最新邮件为准。", "The plan of this email has been replaced; please use the latest email.");
        }

        var accept = claims.Action == LinkAction.Accept;
        var form = accept
            ? "<form method=\"post\"><button type=\"submit\">确认接受 Accept this class</button></form>"
            : "<form method=\"post\"><p><label for=\"reason\">拒绝原因（必填） Reason (required)</label></p>"
              + $"<p><textarea id=\"reason\" name=\"reason\" rows=\"4\" cols=\"60\" maxlength=\"{ClassResponses.MaxReasonLength}\" required></textarea></p>"
              + "<button type=\"submit\">确认拒绝 Decline this class</button></form>";
        return new RespondPage(accept ? "接受班级" : "拒绝班级", accept ? "Accept a class" : "Decline a class")
            .Raw(ClassSummaryHtml.Of(view.Facts))
            .Paragraph(accept ? "请确认贵机构承接此班级。" : "请说明拒绝原因。该班级的学员需求将重新进入下一次排期。",
                accept ? "Please confirm that your institution takes this class." : "Please give a reason. The class's trainees return to the next planning run.")
            .Raw(form)
            .Result(StatusCodes.Status200OK);
    }

    private static async Task<IResult> AnswerAsync(string token, HttpContext http, LinkSigning signing, ClassResponses responses,
        CancellationToken cancellationToken)
    {
        NoStore(http);
        var (claims, refusal) = await CheckAsync(token, http, signing, cancellationToken);
        if (claims is null)
        {
            return refusal!;
        }

        string? reason = null;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(cancellationToken);
            reason = form["reason"].ToString();
        }

        if (reason is { Length: > ClassResponses.MaxReasonLength })
        {
            return Refuse(http, StatusCodes.Status400BadRequest, "too-long", "reason", "原因过长", "reason too long",
                $"拒绝原因最多 {ClassResponses.MaxReasonLength} 个字符。", $"The reason may hold at most {ClassResponses.MaxReasonLength} characters.");
        }

        var outcome = await responses.RecordAsync(claims, reason, cancellationToken);
        var accept = claims.Action == LinkAction.Accept;
        return outcome switch
        {
            ResponseOutcome.Recorded => new RespondPage(accept ? "已接受" : "已拒绝", accept ? "Accepted" : "Declined")
                .Paragraph(accept ? $"感谢确认，班级 {claims.ClassId} 已记录为接受。" : $"已记录拒绝班级 {claims.ClassId}，协调人员已收到通知，该需求将在下一次排期中重新安排。",
                    accept ? $"Thank you: class {claims.ClassId} is recorded as accepted." : $"Class {claims.ClassId} is recorded as declined; the coordinators are told and its demand returns to the next planning run.")
                .Result(StatusCodes.Status200OK),
            ResponseOutcome.ReasonRequired => Refuse(http, StatusCodes.Status400BadRequest, "required", "reason", "请填写原因", "reason required",
                "拒绝班级时必须填写原因。", "A decline needs a reason."),
            ResponseOutcome.AlreadyUsed => Refuse(http, StatusCodes.Status409Conflict, "link-used", "token", "已答复", "already answered",
                "此班级已答复，链接只能使用一次。", "This class has been answered already; a link works once."),
            ResponseOutcome.PlanReplaced => Refuse(http, StatusCodes.Status409Conflict, "plan-replaced", "token", "计划已更新", "plan replaced",
                "该邮件所属的培训计划已被新计划取代，请以最新邮件为准。", "The plan of this email has been replaced; please use the latest email."),
            ResponseOutcome.NotAnswerable => Refuse(http, StatusCodes.Status409Conflict, "cancelled", "token", "班级已取消", "class cancelled",
                "该班级已取消，无需答复。", "This class is cancelled; there is nothing to answer."),
            _ => Refuse(http, StatusCodes.Status404NotFound, "not-found", "token", "找不到该班级", "class not found",
                "此链接对应的班级不存在。", "No class belongs to this link."),
        };
    }

    private static async Task<(LinkClaims? Claims, IResult? Refusal)> CheckAsync(string token, HttpContext http, LinkSigning signing,
        CancellationToken cancellationToken)
    {
        var verification = (await signing.GetAsync(cancellationToken)).Verify(token);
        return verification.Status switch
        {
            LinkCheck.Valid => (verification.Claims, null),
            LinkCheck.Expired => (null, Refuse(http, StatusCodes.Status410Gone, "link-expired", "token", "链接已过期", "link expired",
                "此链接已过期，请联系协调人员。", "This link has expired; please contact the coordinators.")),
            LinkCheck.Tampered => (null, Refuse(http, StatusCodes.Status400BadRequest, "link-signature", "token", "链接无效", "invalid link",
                "此链接的签名不正确（链接被修改过或不完整）。", "This link's signature does not match: it was altered or is incomplete.")),
            _ => (null, Refuse(http, StatusCodes.Status400BadRequest, "link-format", "token", "链接无效", "invalid link",
                "这不是本系统发出的链接。", "This is not a link this system issued.")),
        };
    }

    private static IResult Refuse(HttpContext http, int status, string rule, string field, string titleZh, string titleEn, string zh, string en)
    {
        var accept = http.Request.Headers.Accept.ToString();
        if (accept.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return ProblemResults.Problem(status, titleEn, en, rule, field);
        }

        return new RespondPage(titleZh, titleEn).Paragraph(zh, en)
            .Raw($"<p><small>{RespondPage.E(field)}: {RespondPage.E(rule)}</small></p>")
            .Result(status);
    }

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";
}
