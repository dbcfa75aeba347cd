using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Npgsql;
using OrderMatch.Data.Plans;
using OrderMatch.Domain.Model;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Classes;

/// <summary>An institution's classes in the approved plan in force, with their sessions.</summary>
[Authorize(Policy = UiPolicies.Institution)]
public sealed class IndexModel(NpgsqlDataSource dataSource) : PageModel
{
    public string Institution { get; private set; } = "";

    public long? PlanId { get; private set; }

    public IReadOnlyList<PlanClass> Classes { get; private set; } = [];

    public DateOnly HorizonStart { get; private set; }

    public ReferenceNames Names { get; private set; } = ReferenceNames.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Institution = CurrentUser.From(User).InstitutionId!;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        PlanId = await PlanInForce.FindIdAsync(connection, null, cancellationToken);
        if (PlanId is not { } planId)
        {
            return;
        }

        var all = await PlanReader.ReadClassesAsync(connection, null, planId, cancellationToken);
        Classes = [.. all.Where(c => c.Institution == Institution)];
        (HorizonStart, _) = await PlanQueries.HorizonAsync(connection, Classes, cancellationToken);
        Names = await ReferenceNames.ReadAsync(dataSource, cancellationToken);
    }
}
