using System.Net;
using System.Text;
using System.Text.Json;
using OrderMatch.Reliability.Tests.Support;

namespace OrderMatch.Reliability.Tests.BadInput;

public sealed class CsvUploadTests(ReliabilityHost host) : IClassFixture<ReliabilityHost>
{
    private const string Header = "id,enterprise,course,trainees,earliestStart,deadline,priority";

    static CsvUploadTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Files whose header cannot be used, or whose bytes cannot be read: 400 naming the header, body or charset, nothing stored.</summary>
    public static TheoryData<string, string, string, string> UnusableFiles() => new()
    {
        { "empty", "", "text/csv", "header" },
        { "only a BOM", "\uFEFF", "text/csv", "header" },
        { "unknown column", "id,enterprise,course,trainees,earliestStart,deadline,priority,colour\n", "text/csv", "header" },
        { "column twice", "course,course,trainees,earliestStart,deadline,priority\n", "text/csv", "header" },
        { "required column missing", "id,enterprise,course,trainees\nO-X,E001,WELD-2,5\n", "text/csv", "header" },
        { "SQL as a column", "course,trainees,earliestStart,deadline,\"priority; drop table orders\"\n", "text/csv", "header" },
        { "unclosed quote", $"{Header}\n\"O-X,E001,WELD-2,12,2026-01-12,2026-03-27,3\n", "text/csv", "body" },
        { "JSON instead of CSV", "{\"id\": \"O-X\"}", "application/json", "body" },
        { "unknown charset", $"{Header}\n", "text/csv; charset=ebcdic", "charset" },
    };

    [Theory]
    [MemberData(nameof(UnusableFiles))]
    public async Task An_unusable_file_is_a_400_naming_what_is_wrong_and_stores_nothing(string defect, string text, string contentType, string field)
    {
        using var client = host.As("ent-a");
        var before = await host.FingerprintAsync();

        using var response = await client.PostAsync(new Uri("/api/orders/upload", UriKind.Relative), Content(Encoding.UTF8.GetBytes(text), contentType));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{defect}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"{defect}: no error for {field} in {body}");
        Assert.Empty(DatabaseFingerprint.Changed(before, await host.FingerprintAsync()));
    }

    [Fact]
    public async Task Gbk_chinese_without_its_charset_is_refused_and_with_it_read_as_chinese()
    {
        using var client = host.As("ent-a");
        var gbk = Encoding.GetEncoding("GBK").GetBytes($"{Header}\nO-GBK1,E001,焊工二级,12,2026-01-12,2026-03-27,3\n");
        var before = await host.FingerprintAsync();

        using var undeclared = await client.PostAsync(new Uri("/api/orders/upload", UriKind.Relative), Content(gbk, "text/csv"));
        using var declared = await client.PostAsync(new Uri("/api/orders/upload", UriKind.Relative), Content(gbk, "text/csv; charset=gbk"));
        var result = JsonDocument.Parse(await declared.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, undeclared.StatusCode);
        Assert.Contains("UTF-8", await undeclared.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);
        Assert.Empty(result.GetProperty("stored").EnumerateArray());
        var error = result.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("course", error.GetProperty("field").GetString());
        Assert.Contains("焊工二级", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(DatabaseFingerprint.Changed(before, await host.FingerprintAsync()));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_line_and_field_and_only_the_good_rows_are_stored()
    {
        using var client = host.As("ent-a");
        var rows = new[]
        {
            "\"O-CSV-1\",E001,WELD-2,12,2026-01-12,2026-03-27,3",
            "O-CSV-2,E001,WELD-2,12,2026-02-30,2026-03-27,3",
            "\"O-CSV-3, with comma\",E001,WELD-2,12,2026-01-12,2026-03-27,3",
            "O-CSV-4,E001,WELD-2,twelve,2026-01-12,2026-03-27,3",
            "O-CSV-5,E001,WELD-2,99999999999999999999,2026-01-12,2026-03-27,3",
            "\"O-CSV-6'; drop table orders; --\",E001,WELD-2,12,2026-01-12,2026-03-27,3",
            "O-CSV-7,E002,WELD-2,12,2026-01-12,2026-03-27,3",
            "O-CSV-8,E001,WELD-2,12,2026-01-12",
            "O-CSV-9,E001,WELD-2,12,2026-01-12,2026-03-27,3,extra",
            "O-CSV-1,E001,WELD-2,5,2026-01-12,2026-03-27,3",
            "O-CSV-10,E001,\"WELD-2\"\"\",12,2026-01-12,2026-03-27,3",
            "O-CSV-11,E001,WELD-2,12,2026-01-12,2026-03-27,9",
            $"O-CSV-12,E001,{new string('W', 100_000)},12,2026-01-12,2026-03-27,3",
            "\"O-CSV-13\nsplit\",E001,WELD-2,12,2026-01-12,2026-03-27,3",
        };
        var text = "\uFEFF" + Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";
        var ordersBefore = await host.CountAsync("select count(*) from orders");

        using var response = await client.PostAsync(new Uri("/api/orders/upload", UriKind.Relative), Content(Encoding.UTF8.GetBytes(text), "text/csv"));
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = result.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Field: e.GetProperty("field").GetString()!, Rule: e.GetProperty("rule").GetString()!))
            .ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["O-CSV-1"], result.GetProperty("stored").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(ordersBefore + 1, await host.CountAsync("select count(*) from orders"));
        Assert.Equal(12, await host.CountAsync("select trainees from orders where id = 'O-CSV-1'"));
        var failedLines = errors.Select(e => e.Row).Distinct().Order().ToList();
        Assert.Equal(13, failedLines.Count);
        Assert.Contains(errors, e => e.Row == 3 && e.Field == "earliestStart");
        Assert.Contains(errors, e => e.Row == 4 && e.Field == "id");
        Assert.Contains(errors, e => e.Row == 5 && e.Field == "trainees");
        Assert.Contains(errors, e => e.Row == 6 && e.Field == "trainees");
        Assert.Contains(errors, e => e.Row == 7 && e.Field == "id");
        Assert.Contains(errors, e => e.Row == 8 && e.Field == "enterprise" && e.Rule == "scope");
        Assert.Contains(errors, e => e.Row == 9 && e.Rule == "csv-columns");
        Assert.Contains(errors, e => e.Row == 10 && e.Rule == "csv-columns");
        Assert.Contains(errors, e => e.Row == 11 && e.Field == "id" && e.Rule == "duplicate-id");
        Assert.Contains(errors, e => e.Row == 12 && e.Field == "course");
        Assert.Contains(errors, e => e.Row == 13 && e.Field == "priority");
        Assert.Contains(errors, e => e.Row == 14 && e.Field == "course");
        Assert.Contains(errors, e => e.Row == 15 && e.Field == "id");
    }

    [Fact]
    public async Task Columns_in_any_order_and_case_are_read_by_name()
    {
        using var client = host.As("ent-a");
        var text = "Priority,DEADLINE,trainees,course,earliestStart,id\n4,2026-03-20,7,WELD-2,2026-01-19,O-ORDER-1\n";

        using var response = await client.PostAsync(new Uri("/api/orders/upload", UriKind.Relative), Content(Encoding.UTF8.GetBytes(text), "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await host.CountAsync(
            "select count(*) from orders where id = 'O-ORDER-1' and enterprise = 'E001' and priority = 4 and trainees = 7 and deadline = '2026-03-20' and earliest_start = '2026-01-19'"));
    }

    [Fact]
    public async Task A_ten_megabyte_file_is_refused_before_it_is_read()
    {
        using var client = host.As("ent-a");
        var row = "O-BIG,E001,WELD-2,12,2026-01-12,2026-03-27,3\n";
        var text = Header + "\n" + string.Concat(Enumerable.Repeat(row, 10 * 1024 * 1024 / row.Length));
        var before = await host.FingerprintAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders/upload") { Content = Content(Encoding.UTF8.GetBytes(text), "text/csv") };
        request.Headers.ExpectContinue = true;

        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body-size", body.GetProperty("rule").GetString());
        Assert.Empty(DatabaseFingerprint.Changed(before, await host.FingerprintAsync()));
    }

    private static ByteArrayContent Content(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
