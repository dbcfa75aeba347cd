using Dapper;
using OrderMatch.Data.Import;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Users;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Web.Tests;

/// <summary>
/// The host over the tiny scenario with tiny.plan.json as the approved plan in force (its orders O001–O003 approved),
/// one user per role and binding — coordinators of all regions, of R01 and of R02; enterprises E001 and E002;
/// institutions I001 and I002; an admin — and helpers to add plans.
/// </summary>
public class ReviewHost : RunningHost
{
    public Dictionary<string, string> Tokens { get; } = [];

    public Plan TinyPlan { get; } = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;

    public long InForceId { get; private set; }

    public HttpClient As(string login) => Program(Tokens[login]);

    /// <summary>
    /// The tiny plan changed the way a re-plan might change it: K001 taught by the shared trainer T004, K003 gone and
    /// its order O003 in a new class K004 at the same place and time.
    /// </summary>
    public Plan Replanned() => TinyPlan with
    {
        Classes =
        [
            TinyPlan.Classes[0] with { Trainer = "T004" },
            TinyPlan.Classes[1],
            TinyPlan.Classes[2] with { Id = "K004" },
        ],
    };

    public async Task<long> AddPlanAsync(Plan plan, PlanStatus status = PlanStatus.Proposed)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var id = await PlanWriter.WriteAsync(connection, transaction, plan, runId: null, status);
        await transaction.CommitAsync();
        return id;
    }

    protected override async Task SeedAsync()
    {
        var tiny = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        await ScenarioImporter.ImportAsync(DataSource, tiny with { PreviousPlan = new PreviousPlan { Classes = TinyPlan.Classes } }, "test");
        await using (var connection = await DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update orders set status = 'approved' where id in ('O001', 'O002', 'O003')");
            InForceId = await connection.ExecuteScalarAsync<long>("select id from plans where status = 'approved'");
        }

        foreach (var user in new[]
        {
            new NewUser("coord", UserRole.Coordinator),
            new NewUser("coord-r01", UserRole.Coordinator, Regions: ["R01"]),
            new NewUser("coord-r02", UserRole.Coordinator, Regions: ["R02"]),
            new NewUser("ent-a", UserRole.Enterprise, EnterpriseId: "E001"),
            new NewUser("ent-b", UserRole.Enterprise, EnterpriseId: "E002"),
            new NewUser("inst-1", UserRole.Institution, InstitutionId: "I001"),
            new NewUser("inst-2", UserRole.Institution, InstitutionId: "I002"),
            new NewUser("admin", UserRole.Admin),
        })
        {
            await AddUserAsync(user);
            Tokens[user.Login] = await TokenAsync(user.Login);
        }
    }
}
