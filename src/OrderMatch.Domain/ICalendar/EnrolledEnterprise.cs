namespace OrderMatch.Domain.ICalendar;

/// <summary>An enterprise's trainees in a class: the order they come from, the enterprise, how many.</summary>
public sealed record EnrolledEnterprise(string Order, string EnterpriseId, string EnterpriseName, int Trainees);
