using System.Net;
using System.Text;

namespace OrderMatch.Web.Respond;

/// <summary>A small bilingual HTML page (Simplified Chinese, then English) for institutions answering through a link.</summary>
internal sealed class RespondPage(string titleZh, string titleEn)
{
    private readonly StringBuilder _body = new();

    public RespondPage Paragraph(string zh, string en)
    {
        _body.Append("<p>").Append(E(zh)).Append("</p><p lang=\"en\">").Append(E(en)).Append("</p>");
        return this;
    }

    public RespondPage Raw(string html)
    {
        _body.Append(html);
        return this;
    }

    public IResult Result(int status) =>
        TypedResults.Content(Render(), "text/html; charset=utf-8", Encoding.UTF8, status);

    public string Render() =>
        $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
        + $"<meta name=\"robots\" content=\"noindex\"><title>{E(titleZh)} / {E(titleEn)}</title></head><body>"
        + $"<h1>{E(titleZh)}</h1><h2 lang=\"en\">{E(titleEn)}</h2>{_body}</body></html>";

    public static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
}
