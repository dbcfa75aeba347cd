using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderMatch.Domain.ICalendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Notify.Tests;

[Collection(MaildevCollection.Name)]
public sealed class ApprovalEmailTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Approving_a_plan_sends_each_affected_institution_exactly_one_email_listing_its_classes_with_one_event_per_class()
    {
        await using var host = await NotifyHost.StartAsync();
        var planId = await host.ProposeAsync(host.TinyPlan);

        await host.ApproveAsync(planId);
        await host.DrainAsync(Patience);
        var emails = await Maildev.EmailsAsync(await host.MessageIdsAsync());

        Assert.Equal(2, emails.Count);
        Assert.Equal(0, await host.ScalarAsync<long>("select count(*) from outbox_messages where status <> 'sent'"));
        foreach (var institution in new[] { "I001", "I002" })
        {
            var classes = host.TinyPlan.Classes.Where(k => k.Institution == institution).ToList();
            var email = Assert.Single(emails, e => e.GetProperty("to")[0].GetProperty("address").GetString() == $"plan@{institution.ToLowerInvariant()}.example");
            var text = email.GetProperty("text").GetString()!;
            var html = email.GetProperty("html").GetString()!;
            foreach (var k in host.TinyPlan.Classes)
            {
                Assert.Equal(classes.Contains(k), text.Contains($"班级 {k.Id}：", StringComparison.Ordinal));
                Assert.Equal(classes.Contains(k), text.Contains($"Class {k.Id}:", StringComparison.Ordinal));
                Assert.Equal(classes.Contains(k), html.Contains($"Class {k.Id}", StringComparison.Ordinal));
            }

            Assert.Contains("/respond/", text, StringComparison.Ordinal);
            Assert.Contains("培训排期通知", email.GetProperty("subject").GetString(), StringComparison.Ordinal);
            var calendar = IcsDocument.Parse(await Maildev.AttachmentAsync(email, "invite.ics")).Root;
            Assert.Equal("REQUEST", calendar.Value("METHOD"));
            var events = calendar.All("VEVENT").ToList();
            Assert.Equal(classes.Select(k => CalendarUid.For(institution, k.Id)), events.Select(e => e.Value("UID")));
            foreach (var (k, e) in classes.Zip(events))
            {
                Assert.Equal("0", e.Value("SEQUENCE"));
                Assert.Equal(SessionStarts(k), new[] { e.Value("DTSTART") }.Concat(e.Each("RDATE").SelectMany(r => r.Value.Split(','))));
            }
        }
    }

    [Fact]
    public async Task A_new_plan_tells_only_what_changed_with_the_same_UID_a_higher_SEQUENCE_and_a_cancel_for_a_dropped_class()
    {
        await using var host = await NotifyHost.StartAsync();
        await host.ApproveAsync(await host.ProposeAsync(host.TinyPlan));
        await host.DrainAsync(Patience);
        var k001 = host.TinyPlan.Classes.Single(k => k.Id == "K001");
        var moved = k001 with { Sessions = [.. k001.Sessions.Select(s => s with { Date = s.Date.AddDays(7) })], StartWeek = k001.StartWeek + 1 };
        var second = host.TinyPlan with { Classes = [moved, .. host.TinyPlan.Classes.Where(k => k.Id == "K002")] };

        await host.ApproveAsync(await host.ProposeAsync(second));
        var before = (await host.MessageIdsAsync()).Count;
        await host.DrainAsync(Patience);
        var ids = await host.MessageIdsAsync();
        var email = Assert.Single(await Maildev.EmailsAsync(ids.Skip(2)));

        Assert.Equal(3, before);
        Assert.Equal("plan@i001.example", email.GetProperty("to")[0].GetProperty("address").GetString());
        var text = email.GetProperty("text").GetString()!;
        Assert.Contains("[变更] 班级 K001", text, StringComparison.Ordinal);
        Assert.Contains("[取消] 班级 K003", text, StringComparison.Ordinal);
        Assert.Contains("Changed: time", text, StringComparison.Ordinal);
        Assert.DoesNotContain("K002", text, StringComparison.Ordinal);
        var invite = IcsDocument.Parse(await Maildev.AttachmentAsync(email, "invite.ics")).Root.All("VEVENT").Single();
        Assert.Equal(CalendarUid.For("I001", "K001"), invite.Value("UID"));
        Assert.Equal("1", invite.Value("SEQUENCE"));
        Assert.Equal(SessionStarts(moved).First(), invite.Value("DTSTART"));
        var cancel = IcsDocument.Parse(await Maildev.AttachmentAsync(email, "cancel.ics")).Root;
        Assert.Equal("CANCEL", cancel.Value("METHOD"));
        Assert.Equal(CalendarUid.For("I001", "K003"), cancel.All("VEVENT").Single().Value("UID"));
        Assert.Equal("1", cancel.All("VEVENT").Single().Value("SEQUENCE"));
    }

    [Fact]
    public async Task With_maildev_stopped_messages_are_retried_and_once_it_is_back_each_arrives_exactly_once()
    {
        await using var host = await NotifyHost.StartAsync(new() { ["Notifications:MaxAttempts"] = "50" });
        await host.ApproveAsync(await host.ProposeAsync(host.TinyPlan));
        int attempts;
        await Maildev.StopAsync();
        try
        {
            for (var round = 0; round < 3; round++)
            {
                await host.Dispatcher.DispatchAsync();
                await Task.Delay(300);
            }

            attempts = (int)await host.ScalarAsync<long>("select min(attempts) from outbox_messages");
            Assert.Equal(0, await host.ScalarAsync<long>("select count(*) from outbox_messages where status = 'sent'"));
            Assert.Contains("SmtpException", await host.ScalarAsync<string>("select min(last_error) from outbox_messages"), StringComparison.Ordinal);
        }
        finally
        {
            await Maildev.StartAsync();
        }

        await host.DrainAsync(Patience);
        await host.DrainAsync(TimeSpan.FromSeconds(1));
        var ids = await host.MessageIdsAsync();
        var emails = await Maildev.EmailsAsync(ids);

        Assert.True(attempts >= 2, $"attempts {attempts}");
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids.Count, emails.Count);
        Assert.Equal(ids.Count, emails.Select(e => e.GetProperty("messageId").GetString()).Distinct().Count());
        Assert.Equal(2, await host.ScalarAsync<long>("select count(*) from outbox_messages where status = 'sent'"));
    }

    [Fact]
    public async Task A_message_held_by_a_worker_that_died_stays_pending_and_is_sent_once_after_its_lease()
    {
        await using var host = await NotifyHost.StartAsync(new() { ["Notifications:Lease"] = "00:00:01" });
        await host.ApproveAsync(await host.ProposeAsync(host.TinyPlan));

        var held = await host.Outbox.ClaimAsync(1, TimeSpan.FromSeconds(1));
        var duringLease = await host.Dispatcher.DispatchAsync();
        await Task.Delay(1200);
        var afterLease = await host.Dispatcher.DispatchAsync();
        var emails = await Maildev.EmailsAsync(await host.MessageIdsAsync());

        Assert.Single(held);
        Assert.Equal(new Jobs.Notify.DispatchResult(1, 0, 0), duringLease);
        Assert.Equal(new Jobs.Notify.DispatchResult(1, 0, 0), afterLease);
        Assert.Equal(2, emails.Count);
        Assert.Equal(2, await host.ScalarAsync<long>("select attempts from outbox_messages where id = @id", new { id = held[0].Id }));
    }

    [Fact]
    public async Task An_undeliverable_message_fails_and_is_shown_to_coordinators_who_may_queue_it_again()
    {
        await using var host = await NotifyHost.StartAsync();
        await host.ScalarAsync<int>("update institutions set email = 'no address here' where id = 'I002' returning 1");
        await host.ApproveAsync(await host.ProposeAsync(host.TinyPlan));
        using var coordinator = host.Client(await host.TokenAsync("coord", Data.Users.UserRole.Coordinator));

        await host.DrainAsync(Patience);
        var failed = await coordinator.GetFromJsonAsync<JsonElement>("/api/outbox?status=failed");
        var summary = await coordinator.GetFromJsonAsync<JsonElement>("/api/notifications/summary");
        var id = failed[0].GetProperty("id").GetInt64();
        using var retried = await coordinator.PostAsync($"/api/outbox/{id}/retry", null);
        using var again = await coordinator.PostAsync($"/api/outbox/{id}/retry", null);
        using var bad = await coordinator.GetAsync("/api/outbox?status=lost");
        using var anonymous = await host.Client().GetAsync("/api/outbox");

        Assert.Equal(1, failed.GetArrayLength());
        Assert.Equal("I002", failed[0].GetProperty("institution").GetString());
        Assert.False(string.IsNullOrEmpty(failed[0].GetProperty("lastError").GetString()));
        Assert.Equal(1, summary.GetProperty("failed").GetInt64());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("pending", (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"status\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static IEnumerable<string> SessionStarts(PlanClass k) =>
        k.Sessions.Select(s => s.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + (s.Period == "AM" ? "T083000" : "T140000"));
}
