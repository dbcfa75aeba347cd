using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrderMatch.Data.Audit;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Audit;

/// <summary>The audit log for coordinators and admins: newest first, a page at a time, optionally one kind of entity.</summary>
[Authorize(Policy = UiPolicies.Audit)]
public sealed class IndexModel(AuditLogReader reader) : PageModel
{
    public const int PageSize = 50;

    public AuditPage Entries { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<string> Entities { get; private set; } = [];

    public string? Entity { get; private set; }

    public async Task OnGetAsync(string? entity, int? page, CancellationToken cancellationToken)
    {
        Entities = await reader.EntitiesAsync(cancellationToken);
        Entity = string.IsNullOrWhiteSpace(entity) ? null : entity;
        Entries = await reader.ReadAsync(Entity, Math.Max(1, page ?? 1), PageSize, cancellationToken);
    }
}
