namespace OrderMatch.Notify.Tests;

/// <summary>
/// A reader of RFC 5545 text independent of the writer: checks CRLF line ends and the 75-octet limit, unfolds, splits
/// each content line into name, parameters and value, and nests components by BEGIN/END.
/// </summary>
internal sealed class IcsDocument
{
    private IcsDocument(IcsComponent root) => Root = root;

    public IcsComponent Root { get; }

    public static IcsDocument Parse(string text)
    {
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, line =>
        {
            Assert.DoesNotContain('\n', line);
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}");
        });
        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        var stack = new Stack<IcsComponent>();
        IcsComponent? root = null;
        foreach (var line in logical)
        {
            var colon = IndexOfUnquoted(line, ':');
            Assert.True(colon > 0, $"not a content line: {line}");
            var head = line[..colon].Split(';');
            var value = line[(colon + 1)..];
            var name = head[0].ToUpperInvariant();
            if (name == "BEGIN")
            {
                var component = new IcsComponent(value);
                if (stack.Count > 0)
                {
                    stack.Peek().Components.Add(component);
                }
                else
                {
                    root = component;
                }

                stack.Push(component);
            }
            else if (name == "END")
            {
                Assert.Equal(stack.Pop().Name, value);
            }
            else
            {
                var parameters = head.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0].ToUpperInvariant(), p => p[1].Trim('"'));
                stack.Peek().Properties.Add(new IcsProperty(name, parameters, value));
            }
        }

        Assert.Empty(stack);
        return new IcsDocument(root!);
    }

    /// <summary>An escaped TEXT value read back.</summary>
    public static string Unescape(string value) =>
        value.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\N", "\n", StringComparison.Ordinal)
            .Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    private static int IndexOfUnquoted(string line, char c)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == c && !quoted)
            {
                return i;
            }
        }

        return -1;
    }
}
