namespace OrderMatch.Web.Tests;

/// <summary>An order request body as a client sends it (dates as text).</summary>
internal sealed record OrderBody(string? Id, string? Enterprise, string? Course, int? Trainees, string? EarliestStart, string? Deadline,
    int? Priority, int? MinChunk = null, bool? Splittable = null, double? MaxTravelKm = null, IReadOnlyList<string>? AllowedSlots = null);
