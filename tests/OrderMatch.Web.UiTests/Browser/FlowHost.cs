namespace OrderMatch.Web.UiTests.Browser;

/// <summary>
/// A host of its own for the whole review flow: the tiny scenario with no plan in force yet, so that approving a plan
/// emails every institution about every class. The SMTP server it is given refuses connections (nothing listens on
/// port 9 of the loopback), and one delivery round is all a message gets, so the institutions' emails end failed and
/// the coordinator's badge counts them.
/// </summary>
public sealed class FlowHost : UiHost
{
    protected override bool WithPlanInForce => false;

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = "9",
        ["Notifications:MaxAttempts"] = "1",
        ["Notifications:SendRetries"] = "0",
        ["Notifications:Cron"] = "0/1 * * * * ?",
        // The delivery failures this host provokes are expected; their stack traces would only bury the test output.
        ["Logging:LogLevel:OrderMatch.Jobs.Notify"] = "None",
    };
}
