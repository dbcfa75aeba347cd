using OrderMatch.Data.Orders;
using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;

namespace OrderMatch.Web.Orders;

/// <summary>The <see cref="OrderScope"/> of a signed-in user, from its role and what the role is bound to.</summary>
public static class OrderScopes
{
    public static OrderScope For(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role switch
        {
            UserRole.Admin => OrderScope.Everything,
            UserRole.Coordinator => new OrderScope(user.Regions is null, null, user.Regions),
            UserRole.Enterprise => new OrderScope(false, user.EnterpriseId, null),
            _ => OrderScope.Nothing,
        };
    }
}
