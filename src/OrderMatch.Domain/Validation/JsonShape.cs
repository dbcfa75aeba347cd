using System.Globalization;
using System.Text.Json;

namespace OrderMatch.Domain.Validation;

/// <summary>
/// Structural checks on a raw JSON tree: presence, JSON types, dates, enum names. Each check reports into the
/// shared <see cref="ProblemList"/> and carries on, so one pass finds every structural problem.
/// </summary>
internal sealed class JsonShape(ProblemList problems)
{
    public ProblemList Problems { get; } = problems;

    public bool IsObject(JsonElement value, string path, string what)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Problems.Add(path, ValidationRules.Type, $"{what} must be an object, but it is {KindOf(value)}");
        return false;
    }

    /// <summary>Finds a field, reporting it when required and absent, or null where null is not allowed.</summary>
    public bool TryField(JsonElement obj, string path, string name, Presence presence, out JsonElement value)
    {
        if (!obj.TryGetProperty(name, out value))
        {
            if (presence is Presence.Required or Presence.RequiredNullable)
            {
                Problems.Add($"{path}.{name}", ValidationRules.Required, $"{name} is required but missing");
            }

            return false;
        }

        if (value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (presence is Presence.Required or Presence.Optional)
        {
            Problems.Add($"{path}.{name}", ValidationRules.Type, $"{name} must not be null");
        }

        return false;
    }

    public void String(JsonElement obj, string path, string name, Presence presence = Presence.Required)
    {
        if (TryField(obj, path, name, presence, out var value))
        {
            StringValue(value, $"{path}.{name}", name);
        }
    }

    public void Integer(JsonElement obj, string path, string name, Presence presence = Presence.Required)
    {
        if (TryField(obj, path, name, presence, out var value))
        {
            IntegerValue(value, $"{path}.{name}", name);
        }
    }

    public void Number(JsonElement obj, string path, string name, Presence presence = Presence.Required)
    {
        if (TryField(obj, path, name, presence, out var value))
        {
            NumberValue(value, $"{path}.{name}", name);
        }
    }

    public void Boolean(JsonElement obj, string path, string name, Presence presence = Presence.Required)
    {
        if (TryField(obj, path, name, presence, out var value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problems.Add($"{path}.{name}", ValidationRules.Type, $"{name} must be true or false, but it is {KindOf(value)}");
        }
    }

    public void Date(JsonElement obj, string path, string name, Presence presence = Presence.Required)
    {
        if (TryField(obj, path, name, presence, out var value))
        {
            DateValue(value, $"{path}.{name}", name);
        }
    }

    public void Enum(JsonElement obj, string path, string name, IReadOnlyList<string> allowed, Presence presence = Presence.Required)
    {
        if (TryField(obj, path, name, presence, out var value))
        {
            EnumValue(value, $"{path}.{name}", name, allowed);
        }
    }

    public void Object(JsonElement obj, string path, string name, Presence presence, Action<JsonElement, string> body)
    {
        if (TryField(obj, path, name, presence, out var value) && IsObject(value, $"{path}.{name}", name))
        {
            body(value, $"{path}.{name}");
        }
    }

    /// <summary>An array field; <paramref name="item"/> sees each entry and its path.</summary>
    public void List(JsonElement obj, string path, string name, Presence presence, Action<JsonElement, string> item)
    {
        if (!TryField(obj, path, name, presence, out var value))
        {
            return;
        }

        var listPath = $"{path}.{name}";
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problems.Add(listPath, ValidationRules.Type, $"{name} must be an array, but it is {KindOf(value)}");
            return;
        }

        var i = 0;
        foreach (var entry in value.EnumerateArray())
        {
            item(entry, $"{listPath}[{i}]");
            i++;
        }
    }

    /// <summary>An array of objects; <paramref name="body"/> sees each object entry.</summary>
    public void ObjectList(JsonElement obj, string path, string name, Presence presence, Action<JsonElement, string> body) =>
        List(obj, path, name, presence, (entry, entryPath) =>
        {
            if (IsObject(entry, entryPath, $"each entry of {name}"))
            {
                body(entry, entryPath);
            }
        });

    public void StringList(JsonElement obj, string path, string name, Presence presence = Presence.Required) =>
        List(obj, path, name, presence, (entry, entryPath) => StringValue(entry, entryPath, $"each entry of {name}"));

    public void DateList(JsonElement obj, string path, string name, Presence presence = Presence.Required) =>
        List(obj, path, name, presence, (entry, entryPath) => DateValue(entry, entryPath, $"each entry of {name}"));

    public void EnumList(JsonElement obj, string path, string name, IReadOnlyList<string> allowed, Presence presence = Presence.Required) =>
        List(obj, path, name, presence, (entry, entryPath) => EnumValue(entry, entryPath, $"each entry of {name}", allowed));

    public bool StringValue(JsonElement value, string path, string what)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return true;
        }

        Problems.Add(path, ValidationRules.Type, $"{what} must be a string, but it is {KindOf(value)}");
        return false;
    }

    public bool IntegerValue(JsonElement value, string path, string what)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _))
        {
            return true;
        }

        var actual = value.ValueKind == JsonValueKind.Number ? $"{value.GetRawText()}, which is not a 32-bit whole number" : KindOf(value);
        Problems.Add(path, ValidationRules.Type, $"{what} must be an integer, but it is {actual}");
        return false;
    }

    public bool NumberValue(JsonElement value, string path, string what)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return true;
        }

        var actual = value.ValueKind == JsonValueKind.Number ? $"{value.GetRawText()}, which is out of range" : KindOf(value);
        Problems.Add(path, ValidationRules.Type, $"{what} must be a number, but it is {actual}");
        return false;
    }

    public bool DateValue(JsonElement value, string path, string what)
    {
        if (!StringValue(value, path, what))
        {
            return false;
        }

        var text = value.GetString();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return true;
        }

        Problems.Add(path, ValidationRules.Date, $"{what} \"{text}\" is not a real date written yyyy-MM-dd");
        return false;
    }

    public bool EnumValue(JsonElement value, string path, string what, IReadOnlyList<string> allowed)
    {
        if (!StringValue(value, path, what))
        {
            return false;
        }

        var text = value.GetString();
        if (allowed.Contains(text, StringComparer.Ordinal))
        {
            return true;
        }

        Problems.Add(path, ValidationRules.Enum, $"{what} \"{text}\" is not one of {string.Join(", ", allowed)}");
        return false;
    }

    public static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => "missing",
    };
}
