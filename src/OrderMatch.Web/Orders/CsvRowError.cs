namespace OrderMatch.Web.Orders;

/// <summary>One problem of one CSV row: the row's line (the header is line 1), the field, the rule, and a sentence.</summary>
public sealed record CsvRowError(int Row, string Field, string Rule, string Message);
