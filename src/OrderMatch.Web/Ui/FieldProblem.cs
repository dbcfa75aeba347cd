using OrderMatch.Web.Localization;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Ui;

/// <summary>One thing wrong with a form field: the field (camelCase, as in the API), the rule id and the rule's message.</summary>
public sealed record FieldProblem(string Field, string Rule, string Message)
{
    /// <summary>The problems collected in <paramref name="errors"/>, field by field.</summary>
    public static IReadOnlyList<FieldProblem> From(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.IsEmpty || errors.ToResult().ProblemDetails.Errors is not { } messages)
        {
            return [];
        }

        return [.. errors.Rules.SelectMany(field => field.Value.Select((rule, i) =>
            new FieldProblem(field.Key, rule, messages.TryGetValue(field.Key, out var texts) && i < texts.Length ? texts[i] : rule)))];
    }

    /// <summary>What the page says: in Chinese the rule in words, in English the validator's own precise sentence.</summary>
    public string Text => UiText.IsChinese(System.Globalization.CultureInfo.CurrentUICulture) ? RuleText(Rule).Zh : Message;

    public static UiText RuleText(string rule) => rule switch
    {
        "required" => Texts.RuleRequired,
        "type" => Texts.RuleType,
        "unknown-id" => Texts.RuleUnknownId,
        "range" => Texts.RuleRange,
        "window" => Texts.RuleWindow,
        "slots" => Texts.RuleSlots,
        "duplicate-value" => Texts.RuleDuplicate,
        "scope" => Texts.RuleScope,
        "duplicate-id" => Texts.RuleTaken,
        "csv" or "csv-columns" or "csv-header" or "encoding" or "content-type" or "empty" => Texts.RuleCsv,
        _ => Texts.RuleFormat,
    };
}
