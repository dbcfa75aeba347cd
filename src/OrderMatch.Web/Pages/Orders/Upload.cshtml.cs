using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrderMatch.Data.Orders;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Orders;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Orders;

/// <summary>
/// Uploading a CSV of orders with the API's rules (<see cref="OrderUpload"/>): each good row is stored on its own and
/// listed by id; every problem of the other rows is shown with its line, field and rule. A file that cannot be used
/// as a whole (no file, bad encoding, bad header) stores nothing and says why (400).
/// </summary>
[Authorize(Policy = Policies.Orders)]
public sealed class UploadModel(OrderStore store) : PageModel
{
    public CsvUploadResult? Result { get; private set; }

    public IReadOnlyList<FieldProblem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (result, errors) = await OrderUpload.StoreAsync(Request, CurrentUser.From(User), store, cancellationToken);
        if (result is null)
        {
            Problems = FieldProblem.From(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result = result;
        return Page();
    }
}
