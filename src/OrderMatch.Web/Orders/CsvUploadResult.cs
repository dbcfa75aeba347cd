namespace OrderMatch.Web.Orders;

/// <summary>The answer to a CSV upload: the ids of the orders stored, and every problem of the rows that were not.</summary>
public sealed record CsvUploadResult(IReadOnlyList<string> Stored, IReadOnlyList<CsvRowError> Errors);
