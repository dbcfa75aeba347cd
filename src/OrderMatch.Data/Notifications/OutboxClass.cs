using OrderMatch.Domain.ICalendar;

namespace OrderMatch.Data.Notifications;

/// <summary>A class listed in a plan message: the change, the calendar SEQUENCE, and the nonce its links carry.</summary>
public sealed record OutboxClass(string ClassId, ClassChange Change, IReadOnlyList<string> Changed, int Sequence, Guid Nonce, ClassFacts Facts);
