namespace OrderMatch.Domain.Model;

/// <summary>Why trainees stay unassigned (FORMAT.md, reason codes). Written in JSON as "NO_OFFER" etc.</summary>
public enum ReasonCode
{
    NoOffer,
    Price,
    Travel,
    SubsidyScope,
    NoTrainer,
    NoRoom,
    Window,
    MinSize,
    Capacity,
    TimeLimit,
}
