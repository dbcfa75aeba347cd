using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OrderMatch.Data.Notifications;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Snapshot;
using OrderMatch.Data.Users;
using OrderMatch.Jobs.Notify;
using OrderMatch.Jobs.Runs;

namespace OrderMatch.Notify.Tests;

/// <summary>Accept and decline through the links of the emails, against the real host.</summary>
[Collection(MaildevCollection.Name)]
public sealed partial class RespondTests
{
    [Fact]
    public async Task An_accept_link_shows_the_class_records_the_answer_once_and_then_refuses()
    {
        await using var host = await NotifyHost.StartAsync();
        await host.ApproveAsync(await host.ProposeAsync(host.TinyPlan));
        var (accept, _) = await LinksAsync(host, "I001", "K001");
        using var client = host.Client();

        var page = await client.GetStringAsync(accept);
        using var first = await client.PostAsync(accept, new FormUrlEncodedContent([]));
        using var second = await client.PostAsync(accept, new FormUrlEncodedContent([]));
        using var shownAgain = await client.GetAsync(accept);

        Assert.Contains("K001", page, StringComparison.Ordinal);
        Assert.Contains("接受班级", page, StringComparison.Ordinal);
        Assert.Contains("Accept a class", page, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, shownAgain.StatusCode);
        Assert.Equal("accepted", await host.ScalarAsync<string>("select response from class_responses where class_id = 'K001'"));
        Assert.Equal(1, await host.ScalarAsync<long>("select count(*) from class_responses"));
    }

    [Fact]
    public async Task A_tampered_or_expired_link_is_refused_and_changes_nothing()
    {
        await using var host = await NotifyHost.StartAsync();
        await host.ApproveAsync(await host.ProposeAsync(host.TinyPlan));
        var (accept, _) = await LinksAsync(host, "I001", "K001");
        var token = accept[(accept.LastIndexOf('/') + 1)..];
        var signer = await host.App.Services.GetRequiredService<LinkSigning>().GetAsync();
        var claims = signer.Verify(token).Claims!;
        var expired = "/respond/" + signer.Create(claims with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        var otherClass = "/respond/" + token.Replace(token[..token.IndexOf('.', StringComparison.Ordinal)],
            signer.Create(claims with { ClassId = "K003" })[..token.IndexOf('.', StringComparison.Ordinal)], StringComparison.Ordinal);
        using var client = host.Client();
        using var json = host.Client();
        json.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        using var tampered = await client.PostAsync(otherClass, new FormUrlEncodedContent([]));
        using var late = await client.PostAsync(expired, new FormUrlEncodedContent([]));
        using var lateJson = await json.GetAsync(expired);
        using var garbage = await client.GetAsync("/respond/not-a-token");

        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("链接无效", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, lateJson.StatusCode);
        Assert.Equal("application/problem+json", lateJson.Content.Headers.ContentType?.MediaType);
        var problem = await lateJson.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("link-expired", problem.GetProperty("rule").GetString());
        Assert.Equal("token", problem.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(0, await host.ScalarAsync<long>("select count(*) from class_responses"));
        Assert.Equal(0, await host.ScalarAsync<long>("select count(*) from used_link_nonces"));
    }

    [Fact]
    public async Task A_decline_needs_a_reason_reopens_the_demand_tells_the_coordinators_and_the_next_run_keeps_every_other_class()
    {
        await using var host = await NotifyHost.StartAsync();
        await host.ApproveAsync(await host.ProposeAsync(host.TinyPlan));
        var coordinatorToken = await host.TokenAsync("coord", UserRole.Coordinator, "coord@om.example");
        var (_, decline) = await LinksAsync(host, "I001", "K003");
        using var client = host.Client();
        using var coordinator = host.Client(coordinatorToken);

        var page = await client.GetStringAsync(decline);
        using var noReason = await client.PostAsync(decline, new FormUrlEncodedContent([new("reason", "  ")]));
        using var declined = await client.PostAsync(decline, new FormUrlEncodedContent([new("reason", "讲师生病 trainer ill")]));
        var summary = await coordinator.GetFromJsonAsync<JsonElement>("/api/notifications/summary");
        var declines = await coordinator.GetFromJsonAsync<JsonElement>("/api/notifications/declines?unread=true");
        using var seen = await coordinator.PostAsync("/api/notifications/declines/seen", null);
        var after = await coordinator.GetFromJsonAsync<JsonElement>("/api/notifications/summary");
        var snapshot = await SnapshotReader.ReadAsync(host.DataSource);
        await host.DrainAsync(TimeSpan.FromSeconds(30));
        var told = await Maildev.EmailsAsync([await host.ScalarAsync<string>("select message_id from outbox_messages where kind = 'decline'")]);

        Assert.Contains("<textarea", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason: required", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("submitted", await host.ScalarAsync<string>("select status from orders where id = 'O003'"));
        Assert.Equal("approved", await host.ScalarAsync<string>("select status from orders where id = 'O001'"));
        Assert.Equal("{coord@om.example}", await host.ScalarAsync<string>("select recipients::text from outbox_messages where kind = 'decline'"));
        Assert.Equal(1, summary.GetProperty("unreadDeclines").GetInt64());
        var notice = Assert.Single(told);
        Assert.Equal("coord@om.example", notice.GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Contains("讲师生病 trainer ill", notice.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("declined", notice.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Equal("讲师生病 trainer ill", declines[0].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(0, after.GetProperty("unreadDeclines").GetInt64());
        Assert.Equal(["K001", "K002"], snapshot.PreviousPlan!.Classes.Select(k => k.Id));
        Assert.Contains(snapshot.Orders, o => o.Id == "O003");

        var runs = new PlanningRuns(host.DataSource);
        var runId = await runs.CreateAsync("test", new RunOptions { TimeLimitSeconds = 20 });
        var outcome = await new PlanningRunService(host.DataSource, new RunServiceSettings(), NullLogger<PlanningRunService>.Instance)
            .ExecuteAsync(runId, "test-worker", CancellationToken.None);
        var planId = await host.ScalarAsync<long>("select id from plans where run_id = @runId", new { runId });
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var replanned = await Data.Plans.PlanReader.ReadClassesAsync(connection, null, planId);

        Assert.Equal(RunOutcome.Succeeded, outcome);
        foreach (var kept in host.TinyPlan.Classes.Where(k => k.Id != "K003"))
        {
            var same = Assert.Single(replanned, k => k.Id == kept.Id);
            Assert.True(same.SameDecisionsAs(kept), $"{kept.Id} changed");
            Assert.Equal(kept.Sessions, same.Sessions);
            Assert.Equal(kept.Enrollments, same.Enrollments);
        }
    }

    /// <summary>The accept and decline links of a class, from the email composed for its institution's message.</summary>
    private static async Task<(string Accept, string Decline)> LinksAsync(NotifyHost host, string institution, string classId)
    {
        var id = await host.ScalarAsync<long>("select id from outbox_messages where institution = @institution", new { institution });
        var message = (await host.Outbox.GetAsync(id))!;
        var email = await host.App.Services.GetRequiredService<EmailComposer>().ComposeAsync(message);
        var section = email.Text[email.Text.IndexOf($"班级 {classId}：", StringComparison.Ordinal)..];
        var accept = AcceptLink().Match(section).Groups[1].Value;
        var decline = DeclineLink().Match(section).Groups[1].Value;
        return (new Uri(accept).PathAndQuery, new Uri(decline).PathAndQuery);
    }

    [GeneratedRegex(@"接受：(\S+)")]
    private static partial Regex AcceptLink();

    [GeneratedRegex(@"拒绝：(\S+)")]
    private static partial Regex DeclineLink();
}
