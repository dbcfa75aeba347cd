namespace OrderMatch.Data.Notifications;

/// <summary>A checked link: its status and, when it is valid, its claims.</summary>
public sealed record LinkVerification(LinkCheck Status, LinkClaims? Claims);
