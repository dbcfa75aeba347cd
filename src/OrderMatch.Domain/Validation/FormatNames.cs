using System.Text.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>The enum names as the format spells them, derived from the model enums the way FormatJson writes them.</summary>
internal static class FormatNames
{
    public static IReadOnlyList<string> Days { get; } = System.Enum.GetNames<Weekday>();

    public static IReadOnlyList<string> SubsidyScopes { get; } = CamelCase<SubsidyScope>();

    public static IReadOnlyList<string> Grades { get; } = CamelCase<Grade>();

    public static IReadOnlyList<string> Sizes { get; } = CamelCase<EnterpriseSize>();

    public static IReadOnlyList<string> SolverStatuses { get; } = CamelCase<SolverStatus>();

    public static IReadOnlyList<string> ReasonCodes { get; } =
        [.. System.Enum.GetNames<ReasonCode>().Select(JsonNamingPolicy.SnakeCaseUpper.ConvertName)];

    private static string[] CamelCase<T>()
        where T : struct, System.Enum =>
        [.. System.Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName)];
}
