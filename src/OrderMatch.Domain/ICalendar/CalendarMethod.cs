namespace OrderMatch.Domain.ICalendar;

/// <summary>The iTIP method of a calendar object (RFC 5546): what the receiver is asked to do with its events.</summary>
public enum CalendarMethod
{
    /// <summary>Information only, as a published schedule (the plan export).</summary>
    Publish,

    /// <summary>An invitation: new or changed events.</summary>
    Request,

    /// <summary>The events are cancelled.</summary>
    Cancel,
}
