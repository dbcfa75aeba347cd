using OrderMatch.Data.Orders;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Orders;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Ui;

/// <summary>
/// Submits an order from the form with the API's rules: the enterprise is the user's own (an enterprise user) or the
/// one typed in (coordinators within their regions, admins), the order passes <see cref="OrderValidator"/>, and it is
/// stored with its audit entry by <see cref="OrderStore"/>. On failure the problems say what to fix and nothing is stored.
/// </summary>
public sealed class OrderSubmission(OrderStore store)
{
    public async Task<(OrderView? Order, IReadOnlyList<FieldProblem> Problems)> SubmitAsync(OrderForm form, CurrentUser user,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(user);
        var errors = new FieldErrors();
        var input = form.ToInput(errors);
        var enterprise = OrderIntake.EnterpriseOf(input, user);
        var (facts, inScope) = await OrderIntake.FactsAsync(store, input, enterprise, user, cancellationToken);
        if (!inScope)
        {
            errors.Add("enterprise", "scope", $"you may not order for enterprise \"{enterprise}\"");
        }

        var id = OrderIntake.NewId();
        var order = OrderValidator.Validate(id, enterprise, input, facts, errors);
        if (order is null || !errors.IsEmpty)
        {
            return (null, FieldProblem.From(errors));
        }

        var created = await store.CreateAsync(order, user.Actor, cancellationToken);
        if (created is null)
        {
            errors.Add("id", "duplicate-id", $"an order \"{id}\" exists already");
        }

        return (created, FieldProblem.From(errors));
    }
}
