using System.CommandLine;
using System.Globalization;
using OrderMatch.Cli.Configuration;
using OrderMatch.Data.Notifications;
using OrderMatch.Data.Review;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>
/// `plans list | approve PLAN | reject PLAN`: the coordinator's decisions from the command line, with the same
/// transaction as the web host's (the institutions' emails are queued in it).
/// </summary>
internal static class PlansCommand
{
    public static Command Create()
    {
        var command = new Command("plans", "Stored plans: list, approve, reject");
        command.Add(List());
        command.Add(Decide("approve", "Approve a proposed plan: it replaces the plan in force and its institutions are emailed"));
        command.Add(Decide("reject", "Reject a proposed plan (a comment is required)"));
        return command;
    }

    private static Command List()
    {
        var connection = DbCommand.ConnectionOption();
        var status = new Option<string?>("--status") { Description = "Only plans with this status (proposed, approved, rejected, superseded)" };
        var command = new Command("list", "The stored plans, newest first") { status, connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            await using var dataSource = DbCommand.OpenDataSource(parse.GetValue(connection));
            var plans = await new PlanReview(dataSource).ListAsync(parse.GetValue(status), RegionScope.All, cancellationToken).ConfigureAwait(false);
            foreach (var plan in plans)
            {
                AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"{plan.Id,6}  {plan.CreatedAt:yyyy-MM-dd HH:mm:ss}  {plan.Status,-10}  run {plan.RunId?.ToString(CultureInfo.InvariantCulture) ?? "-",-5}  objective {plan.ObjectiveTotal,16:N2}  {plan.Classes} classes, {plan.UnassignedOrders} orders unassigned")));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Decide(string name, string description)
    {
        var connection = DbCommand.ConnectionOption();
        var planId = new Argument<long?>("plan") { Description = "Plan id", Arity = ArgumentArity.ZeroOrOne };
        var latest = new Option<bool>("--latest") { Description = "The newest proposed plan" };
        var comment = new Option<string?>("--comment") { Description = "Why (required to reject)" };
        var command = new Command(name, description) { planId, latest, comment, connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            var text = parse.GetValue(comment);
            if (name == "reject" && string.IsNullOrWhiteSpace(text))
            {
                AnsiConsole.MarkupLine("[red]plans reject: --comment is required: say why the plan is rejected[/]");
                return ExitCodes.Invalid;
            }

            await using var dataSource = DbCommand.OpenDataSource(parse.GetValue(connection));
            var id = parse.GetValue(planId);
            if (parse.GetValue(latest))
            {
                var proposed = await new PlanReview(dataSource).ListAsync("proposed", RegionScope.All, cancellationToken).ConfigureAwait(false);
                id = proposed.Count == 0 ? null : proposed[0].Id;
                if (id is null)
                {
                    AnsiConsole.MarkupLine($"[red]plans {name}: --latest: there is no proposed plan[/]");
                    return ExitCodes.Invalid;
                }
            }

            if (id is not { } plan)
            {
                AnsiConsole.MarkupLine($"[red]plans {name}: give a plan id or --latest[/]");
                return ExitCodes.Invalid;
            }

            var decisions = new PlanDecisions(dataSource, [new OutboxWriter()]);
            var actor = Environment.UserName;
            var decision = name == "approve"
                ? await decisions.ApproveAsync(plan, actor, text, cancellationToken).ConfigureAwait(false)
                : await decisions.RejectAsync(plan, actor, text!, cancellationToken).ConfigureAwait(false);
            switch (decision.Outcome)
            {
                case DecisionOutcome.NotFound:
                    AnsiConsole.MarkupLine($"[red]plans {name}: there is no plan {plan}[/]");
                    return ExitCodes.Invalid;
                case DecisionOutcome.WrongStatus:
                    AnsiConsole.MarkupLine(Markup.Escape($"plans {name}: plan {plan} is {decision.Status}; only a proposed plan can be decided"));
                    return ExitCodes.Invalid;
                default:
                    AnsiConsole.MarkupLine(Markup.Escape($"plan {plan}: {decision.Status}"
                        + (decision.ReplacedPlanId is { } replaced ? $" (plan {replaced} superseded)" : "")));
                    return ExitCodes.Ok;
            }
        }));
        return command;
    }
}
