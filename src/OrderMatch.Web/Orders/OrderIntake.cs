using OrderMatch.Data.Orders;
using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;

namespace OrderMatch.Web.Orders;

/// <summary>
/// What every way of submitting an order shares (the API, the CSV upload, the order form): whose order it is, the facts
/// it is validated against, whether the user may order for that enterprise, and the id of an order sent without one.
/// </summary>
public static class OrderIntake
{
    public static string NewId() => $"O-{Guid.NewGuid():N}"[..14].ToUpperInvariant();

    /// <summary>The enterprise named in the input, else the enterprise user's own.</summary>
    public static string? EnterpriseOf(OrderInput input, CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(user);
        return input.Enterprise ?? (user.Role == UserRole.Enterprise ? user.EnterpriseId : null);
    }

    /// <summary>The facts for validating the order, and whether the enterprise lies in the user's scope.</summary>
    public static async Task<(OrderFacts Facts, bool InScope)> FactsAsync(OrderStore store, OrderInput input, string? enterprise,
        CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(input);
        var facts = await store.FactsAsync(input.Course, enterprise, cancellationToken).ConfigureAwait(false);
        var inScope = enterprise is null || facts.EnterpriseRegion is not { } region || OrderScopes.For(user).Covers(enterprise, region);
        return (facts, inScope);
    }
}
