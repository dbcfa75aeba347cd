using OrderMatch.Solver.Assignment;

namespace OrderMatch.Solver.Tests.Assignment;

public sealed class GapReaderTests
{
    [Fact]
    public void Gap1_holds_five_5x15_instances_named_in_OR_Library_notation()
    {
        var instances = GapReader.ReadFile(GapFiles.Path("gap1.txt"));

        Assert.Equal(["c515-1", "c515-2", "c515-3", "c515-4", "c515-5"], instances.Select(i => i.Name));
        Assert.All(instances, i => Assert.Equal((5, 15), (i.Agents, i.Jobs)));
    }

    [Fact]
    public void Gap1_first_instance_starts_and_ends_with_the_numbers_of_the_file()
    {
        var text = File.ReadAllText(GapFiles.Path("gap1.txt"));
        var numbers = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

        var first = GapReader.ReadFile(GapFiles.Path("gap1.txt"))[0];

        // numbers: P, m, n, then costs, resources, capacities.
        Assert.Equal(numbers[3], first.Cost[0, 0]);
        Assert.Equal(numbers[3 + 14], first.Cost[0, 14]);
        Assert.Equal(numbers[3 + 75], first.Resource[0, 0]);
        Assert.Equal(numbers[3 + 150 + 4], first.Capacity[4]);
    }

    [Fact]
    public void Type_files_name_instances_by_type_agents_in_two_digits_and_jobs()
    {
        var instances = GapReader.ReadFile(GapFiles.Path("gapd.txt"));

        Assert.Equal(["d05100", "d05200", "d10100", "d10200", "d20100", "d20200"], instances.Select(i => i.Name));
    }

    [Fact]
    public void A_single_instance_file_is_named_after_the_file()
    {
        var instance = Assert.Single(GapReader.ReadFile(GapFiles.Path(Path.Combine("yagiura", "e05100"))));

        Assert.Equal(("e05100", 5, 100), (instance.Name, instance.Agents, instance.Jobs));
        // gape.txt is the same instance behind a count.
        var fromMulti = GapReader.ReadFile(GapFiles.Path("gape.txt"))[0];
        Assert.Equal(fromMulti.Capacity, instance.Capacity);
        Assert.Equal(fromMulti.Cost.Cast<int>(), instance.Cost.Cast<int>());
    }

    [Fact]
    public void Line_breaks_and_indentation_carry_no_meaning()
    {
        var a = GapReader.Read("gap99.txt", "1 2 2  1 2 3 4  1 1 1 1  5 5");
        var b = GapReader.Read("gap99.txt", "1\n 2 2\n1 2\n3\n4 1 1\n\t1 1 5\n5\n");

        Assert.Equal(a[0].Cost.Cast<int>(), b[0].Cost.Cast<int>());
        Assert.Equal([3, 4], new[] { b[0].Cost[1, 0], b[0].Cost[1, 1] });
        Assert.Equal("c22-1", b[0].Name);
    }

    [Fact]
    public void A_truncated_file_names_the_missing_number()
    {
        var error = Assert.Throws<GapFormatException>(() => GapReader.Read("gap99.txt", "1 2 2 1 2 3 4 1 1 1 1 5"));

        Assert.Contains("gap99.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("capacity of agent 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_that_is_not_a_number_is_named_with_its_position()
    {
        var error = Assert.Throws<GapFormatException>(() => GapReader.Read("gap99.txt", "1 2 2 1 x 3 4 1 1 1 1 5 5"));

        Assert.Contains("number 5 ('x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_left_over_after_the_last_instance_are_an_error()
    {
        var error = Assert.Throws<GapFormatException>(() => GapReader.Read("gap99.txt", "1 2 2 1 2 3 4 1 1 1 1 5 5 7 7 7 7 7"));

        Assert.Contains("left over", error.Message, StringComparison.Ordinal);
    }
}
