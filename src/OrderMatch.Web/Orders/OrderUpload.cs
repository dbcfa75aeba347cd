using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Data.Orders;
using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Orders;

/// <summary>
/// POST /api/orders/upload: a CSV of orders, header row first. Every good row is stored on its own (its own
/// transaction: a row is stored whole or not at all), every bad row is reported with its line, field and rule. A
/// header that cannot be used (unknown, repeated or missing required columns) is a 400 problem and stores nothing.
/// Enterprises upload for themselves; coordinators for enterprises of their regions.
/// </summary>
public static class OrderUpload
{
    public static async Task<Results<Ok<CsvUploadResult>, ValidationProblem>> UploadAsync(HttpRequest request, ClaimsPrincipal principal,
        OrderStore store, CancellationToken cancellationToken)
    {
        var (result, errors) = await StoreAsync(request, CurrentUser.From(principal), store, cancellationToken);
        if (result is not null)
        {
            return TypedResults.Ok(result);
        }

        return errors.Rules.TryGetValue("header", out var rules) && rules.Contains("csv-header")
            ? errors.ToResult("the CSV header cannot be used")
            : errors.ToResult();
    }

    /// <summary>
    /// Reads the request's CSV and stores its good rows for <paramref name="user"/>: the stored ids and the problems of
    /// the other rows, or (null, the problems) when the file as a whole cannot be used and nothing was stored.
    /// </summary>
    public static async Task<(CsvUploadResult? Result, FieldErrors Errors)> StoreAsync(HttpRequest request, CurrentUser user, OrderStore store,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (text, readErrors) = await OrderCsvText.ReadAsync(request, cancellationToken);
        if (text is null)
        {
            return (null, readErrors);
        }

        var records = CsvRecords.Parse(text, out var unclosedAt);
        if (records is null)
        {
            return (null, new FieldErrors().Add("body", "csv", $"a quoted field opened on line {unclosedAt} never closes"));
        }

        if (records.Count == 0)
        {
            return (null, new FieldErrors().Add("header", "empty", "the CSV is empty; its first row must name the columns"));
        }

        var headerErrors = new FieldErrors();
        var columns = Columns(records[0].Fields, headerErrors);
        if (!headerErrors.IsEmpty)
        {
            return (null, headerErrors);
        }

        var stored = new List<string>();
        var errors = new List<CsvRowError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields) in records.Skip(1))
        {
            if (await StoreRowAsync(line, fields, columns, user, store, seen, errors, cancellationToken) is { } id)
            {
                stored.Add(id);
            }
        }

        return (new CsvUploadResult(stored, errors), new FieldErrors());
    }

    private static async Task<string?> StoreRowAsync(int line, string[] fields, Dictionary<string, int> columns, CurrentUser user,
        OrderStore store, HashSet<string> seen, List<CsvRowError> errors, CancellationToken cancellationToken)
    {
        if (fields.Length != columns.Count)
        {
            errors.Add(new CsvRowError(line, "row", "csv-columns", $"the row has {fields.Length} fields; the header names {columns.Count}"));
            return null;
        }

        var rowErrors = new List<CsvRowError>();
        var input = OrderCsvRow.Read(columns, fields, line, rowErrors);
        var enterprise = OrderIntake.EnterpriseOf(input, user);
        var (facts, inScope) = await OrderIntake.FactsAsync(store, input, enterprise, user, cancellationToken);
        if (!inScope)
        {
            rowErrors.Add(new CsvRowError(line, "enterprise", "scope", $"you may not order for enterprise \"{enterprise}\""));
        }

        var id = input.Id ?? OrderIntake.NewId();
        if (!seen.Add(id))
        {
            rowErrors.Add(new CsvRowError(line, "id", "duplicate-id", $"id \"{id}\" appears on an earlier row of this file"));
        }

        var validation = new FieldErrors();
        var order = OrderValidator.Validate(id, enterprise, input, facts, validation);
        var unreadable = rowErrors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, rules) in validation.Rules)
        {
            var messages = validation.Messages[field];
            // A cell that could not be read is absent to the validator; its "required" would only repeat the first error.
            rowErrors.AddRange(rules.Select((rule, n) => new CsvRowError(line, field, rule, messages[n]))
                .Where(e => !(unreadable.Contains(e.Field) && e.Rule == "required")));
        }

        if (rowErrors.Count > 0 || order is null)
        {
            errors.AddRange(rowErrors);
            return null;
        }

        if (await store.CreateAsync(order, user.Actor, cancellationToken) is null)
        {
            errors.Add(new CsvRowError(line, "id", "duplicate-id", $"an order \"{id}\" exists already"));
            return null;
        }

        return id;
    }

    /// <summary>Column name → index; every name a FORMAT.md order field (any letter case), none twice, the required ones present.</summary>
    private static Dictionary<string, int> Columns(string[] header, FieldErrors errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            var known = OrderCsvColumns.All.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add("header", "csv-header", $"column {i + 1} \"{name}\" is not an order field; use {string.Join(", ", OrderCsvColumns.All)}");
            }
            else if (!columns.TryAdd(known, i))
            {
                errors.Add("header", "csv-header", $"column \"{known}\" appears twice");
            }
        }

        foreach (var required in OrderCsvColumns.Required.Where(r => !columns.ContainsKey(r)))
        {
            errors.Add("header", "csv-header", $"the required column \"{required}\" is missing");
        }

        return columns;
    }
}
