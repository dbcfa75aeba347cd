using Microsoft.AspNetCore.Http.HttpResults;

namespace OrderMatch.Web.Problems;

/// <summary>
/// Collects what is wrong with a request body, per field (camelCase JSON name), and turns it into a 400
/// ValidationProblem: <c>errors</c> maps each field to its messages and <c>rules</c> maps it to the rule ids.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _rules = new(StringComparer.Ordinal);

    public bool IsEmpty => _messages.Count == 0;

    public IReadOnlyDictionary<string, List<string>> Rules => _rules;

    public IReadOnlyDictionary<string, List<string>> Messages => _messages;

    public FieldErrors Add(string field, string rule, string message)
    {
        Append(_messages, field, message);
        Append(_rules, field, rule);
        return this;
    }

    public ValidationProblem ToResult(string title = "the request breaks validation rules") =>
        TypedResults.ValidationProblem(
            _messages.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            title: title,
            extensions: new Dictionary<string, object?>
            {
                ["rules"] = _rules.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            });

    private static void Append(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
