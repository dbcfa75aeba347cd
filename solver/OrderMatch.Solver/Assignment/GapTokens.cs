using System.Globalization;

namespace OrderMatch.Solver.Assignment;

/// <summary>The whitespace-separated non-negative integers of a GAP file; line breaks carry no meaning.</summary>
internal sealed class GapTokens
{
    private readonly string _source;
    private readonly string[] _tokens;
    private int _next;

    public GapTokens(string source, string text)
    {
        _source = source;
        _tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    public int Remaining => _tokens.Length - _next;

    public int Position => _next + 1;

    public int Next(string what)
    {
        if (_next >= _tokens.Length)
        {
            throw new GapFormatException($"{_source}: the file ends after {_tokens.Length} numbers, but {what} (number {_next + 1}) is still expected.");
        }

        var token = _tokens[_next];
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new GapFormatException($"{_source}: number {_next + 1} ('{token}', {what}) is not a non-negative integer.");
        }

        _next++;
        return value;
    }

    public int Positive(string what)
    {
        var value = Next(what);
        if (value <= 0)
        {
            throw new GapFormatException($"{_source}: number {_next} ({what}) is {value}; it must be at least 1.");
        }

        return value;
    }
}
