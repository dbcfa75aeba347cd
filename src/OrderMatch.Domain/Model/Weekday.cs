namespace OrderMatch.Domain.Model;

/// <summary>Days of the week as the format writes them ("Mon" … "Sun"), in chronological order.</summary>
public enum Weekday
{
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}
