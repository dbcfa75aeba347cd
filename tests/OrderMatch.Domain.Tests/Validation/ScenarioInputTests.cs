using System.Text;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

public class ScenarioInputTests
{
    [Fact]
    public void Tiny_example_loads_clean()
    {
        var result = ScenarioLoader.LoadFile(TestData.TinyScenarioPath);

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
        Assert.Equal("tiny", result.Value!.Name);
        Assert.Equal(5, result.Value.Orders.Count);
    }

    [Fact]
    public void Tiny_example_passes_the_semantic_rules_when_typed()
    {
        var scenario = FormatJson.DeserializeScenario(File.ReadAllText(TestData.TinyScenarioPath));

        Assert.Empty(ScenarioLoader.Validate(scenario));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = File.ReadAllBytes(TestData.TinyScenarioPath);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();

        var result = ScenarioLoader.Load(withBom);

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Empty_input_is_one_json_problem(string text)
    {
        var result = ScenarioLoader.Load(text);

        var problem = ProblemAssert.Only(result.Problems, "$", ValidationRules.Json);
        Assert.Null(result.Value);
        Assert.Contains("empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_byte_span_is_one_json_problem()
    {
        var result = ScenarioLoader.Load(ReadOnlySpan<byte>.Empty);

        ProblemAssert.Only(result.Problems, "$", ValidationRules.Json);
    }

    [Fact]
    public void Broken_json_reports_line_and_position()
    {
        var text = "{\n  \"formatVersion\": 1,\n  \"name\": \"x\",,\n}";

        var result = ScenarioLoader.Load(text);

        var problem = ProblemAssert.Only(result.Problems, "$", ValidationRules.Json);
        Assert.Contains("line 3, position 15", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_reports_the_offending_byte_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"name\": \"ab\"\n}").ToList();
        bytes.Insert(13, 0xFF);

        var result = ScenarioLoader.Load(bytes.ToArray());

        var problem = ProblemAssert.Only(result.Problems, "$", ValidationRules.Encoding);
        Assert.Contains("0xFF", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 2, position 12", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gbk_encoded_chinese_is_reported_as_not_utf8()
    {
        // "镇江" in GBK is D5 F2 BD AD: not a valid UTF-8 sequence.
        byte[] bytes = [.. "{\"name\": \""u8.ToArray(), 0xD5, 0xF2, 0xBD, 0xAD, .. "\"}"u8.ToArray()];

        var result = ScenarioLoader.Load(bytes);

        ProblemAssert.Only(result.Problems, "$", ValidationRules.Encoding);
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.json");

        var result = ScenarioLoader.LoadFile(path);

        var problem = ProblemAssert.Only(result.Problems, "$", ValidationRules.File);
        Assert.Contains(path, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_an_object_is_a_type_problem()
    {
        var result = ScenarioLoader.Load("[1, 2]");

        ProblemAssert.Only(result.Problems, "$", ValidationRules.Type);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    public void Wrong_format_version_is_reported(string version)
    {
        var result = Tiny.LoadWith(n => n["formatVersion"] = System.Text.Json.Nodes.JsonNode.Parse(version));

        ProblemAssert.Only(result.Problems, "$.formatVersion", ValidationRules.FormatVersion);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Unknown_extra_fields_are_ignored()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["generator"] = "v2";
            n["courses"]![0]!["colour"] = "blue";
            n["horizon"]!["timezone"] = "Asia/Shanghai";
        });

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
    }

    [Fact]
    public void Problems_render_as_path_and_sentence()
    {
        var result = Tiny.LoadWith(n => n["horizon"]!["startDate"] = "2026-01-06");

        var problem = ProblemAssert.Only(result.Problems, "$.horizon.startDate", ValidationRules.NotMonday);
        Assert.Equal("$.horizon.startDate: startDate \"2026-01-06\" is a Tuesday; the horizon must start on a Monday", problem.ToString());
    }
}
