using OrderMatch.Domain.ICalendar;

namespace OrderMatch.Data.Notifications;

/// <summary>
/// One class an institution must hear about: new, changed (and in what), or cancelled. <see cref="Facts"/> is the class
/// as it now is, or as it was for a cancelled one.
/// </summary>
public sealed record ClassDelta(ClassFacts Facts, ClassChange Change, IReadOnlyList<string> Changed);
