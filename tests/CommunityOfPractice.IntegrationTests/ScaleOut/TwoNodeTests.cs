using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.IntegrationTests.WorkingGroups;
using CommunityOfPractice.Web.Features.Debates.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.ScaleOut;

/// <summary>The same app on two nodes sharing PostgreSQL and Redis behaves as one.</summary>
public sealed class TwoNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_post_made_on_node_A_reaches_hub_clients_and_circuits_of_node_B()
    {
        var debateId = await DebateSetup.CreateAsync(nodes.A, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var poster = await nodes.A.CreatePersonAsync("Poster on A", Roles.Member);
        var reader = await nodes.A.CreatePersonAsync("Reader on B", Roles.Member);
        using var onA = new Browser(nodes.A);
        await onA.SignInAsync(poster);
        using var onB = new Browser(nodes.B);
        await onB.SignInAsync(reader);
        await using var posting = await HubClients.ConnectAsync(nodes.A, onA);
        await using var listening = await HubClients.ConnectAsync(nodes.B, onB);
        await listening.InvokeAsync<object>("Join", debateId, 0L);
        var hubReceived = new List<string>();
        var hubSignal = new SemaphoreSlim(0);
        listening.On<CommunityOfPractice.Web.Features.Debates.Live.HubPost>("PostAdded", post =>
        {
            lock (hubReceived)
            {
                hubReceived.Add(post.Html);
            }
            hubSignal.Release();
        });
        var circuitSignal = new SemaphoreSlim(0);
        using var circuit = nodes.B.Services.GetRequiredService<DebateNotifier>().Subscribe(debateId, e =>
        {
            if (e.Kind == DebateEventKind.PostAdded)
            {
                circuitSignal.Release();
            }
            return Task.CompletedTask;
        });

        // The first post warms both paths up. How fast the second arrives is the fan-out benchmark's business: here a busy
        // machine only gets a generous margin.
        foreach (var (text, timeout) in new[] { ("Warm-up from node A.", TimeSpan.FromSeconds(15)), ("Seen on node B at once.", TimeSpan.FromSeconds(10)) })
        {
            var ack = await posting.InvokeAsync<PostAck>("Post", debateId, null, text, QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));
            Assert.True(ack.Accepted, ack.Error);
            Assert.True(await hubSignal.WaitAsync(timeout), $"the hub client on node B did not get \"{text}\" within {timeout.TotalSeconds} s");
            Assert.True(await circuitSignal.WaitAsync(timeout), $"the circuits of node B did not hear of \"{text}\" within {timeout.TotalSeconds} s");
        }
        await Task.Delay(300);
        lock (hubReceived)
        {
            // Once each: the backplane carried the hub message, the node-to-node event did not send it again.
            Assert.Equal(2, hubReceived.Count);
            Assert.Contains("Warm-up from node A.", hubReceived[0]);
            Assert.Contains("Seen on node B at once.", hubReceived[1]);
        }
    }

    [Fact]
    public async Task Opening_and_closing_side_effects_run_once_across_both_nodes()
    {
        var member = await nodes.A.ChooseMailAsync(await nodes.A.CreatePersonAsync("Follower", Roles.Member), Features.Mail.MailFrequency.Immediate);
        var debateId = await DebateSetup.CreateAsync(nodes.A, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(3));
        async Task BothNodesApplyAsync()
        {
            var runs = Enumerable.Range(0, 6).Select(async i =>
            {
                await using var scope = (i % 2 == 0 ? nodes.A : nodes.B).Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DebateTransitions>().ApplyAsync(debateId);
            });
            await Task.WhenAll(runs);
        }
        await BothNodesApplyAsync();
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var title = (await db.Debates.SingleAsync(d => d.Id == debateId)).Title;
            await db.Debates.Where(d => d.Id == debateId).ExecuteUpdateAsync(s => s.SetProperty(d => d.ClosesAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
            await BothNodesApplyAsync();

            await nodes.A.WaitForOutboxAsync();
            var mails = nodes.A.Mailbox.For(member.Email).Concat(nodes.B.Mailbox.For(member.Email)).Where(m => (m.TextBody ?? "").Contains(title, StringComparison.Ordinal)).ToList();
            Assert.Single(mails);
            Assert.Equal(1, await db.Posts.CountAsync(p => p.DebateId == debateId && p.Kind == PostKind.System));
        }
    }

    [Fact]
    public async Task The_last_seat_of_a_webinar_goes_to_exactly_one_of_two_members_registering_on_different_nodes()
    {
        var webinarId = await WebinarSetup.CreateAsync(nodes.A, DateTimeOffset.UtcNow.AddDays(5), capacity: 1);
        var first = await nodes.A.CreatePersonAsync("Seat seeker A", Roles.Member);
        var second = await nodes.B.CreatePersonAsync("Seat seeker B", Roles.Member);
        async Task<CommandResult<RegistrationStatus?>> RegisterAsync(CommunityAppFactory node, TestPerson person)
        {
            await using var scope = node.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RegisterForWebinar>().HandleAsync(person.Id, webinarId);
        }

        var results = await Task.WhenAll(RegisterAsync(nodes.A, first), RegisterAsync(nodes.B, second));

        Assert.Single(results, r => r.Value == RegistrationStatus.Registered);
        Assert.Single(results, r => r.Value == RegistrationStatus.Waitlisted);
        await using var check = nodes.B.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<CommunityDbContext>().WebinarRegistrations
            .CountAsync(r => r.WebinarId == webinarId && r.Status == RegistrationStatus.Registered));
    }

    [Fact]
    public async Task A_sign_in_on_node_A_is_honoured_by_node_B()
    {
        var member = await nodes.A.CreatePersonAsync("Travelling Member", Roles.Member);
        using var onA = new Browser(nodes.A);
        await onA.SignInAsync(member);
        using var client = nodes.B.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/profile");
        request.Headers.Add("Cookie", onA.CookieHeader);

        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("Travelling Member", body);
    }

    [Fact]
    public async Task Publishing_on_node_A_refreshes_the_cached_public_pages_and_search_of_node_B()
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..6];
        using var visitor = nodes.B.CreateClient();
        Assert.DoesNotContain("Mobile clinics " + word, await visitor.GetStringAsync($"/practices?q={word}"));
        Assert.DoesNotContain("Mobile clinics " + word, await visitor.GetStringAsync("/practices"));

        var member = await nodes.A.CreatePersonAsync("Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(nodes.A);
        await PracticeSetup.CreateAsync(nodes.A, member, curator, PracticeSetup.Command("Mobile clinics " + word), true, PracticeReviewAction.Published);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await visitor.GetStringAsync("/practices")).Contains("Mobile clinics " + word, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "node B still serves its cached list");
            await Task.Delay(100);
        }
        Assert.Contains("Mobile clinics " + word, await visitor.GetStringAsync($"/practices?q={word}"));
    }

    [Fact]
    public async Task Both_nodes_are_ready_with_their_database_and_redis_and_share_the_api_keys()
    {
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            using var client = node.CreateClient();
            using var response = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
        using var a = nodes.A.CreateClient();
        using var b = nodes.B.CreateClient();
        Assert.Equal(await a.GetStringAsync("/.well-known/jwks"), await b.GetStringAsync("/.well-known/jwks"));
    }

    [Fact]
    public async Task A_setup_link_logged_by_node_A_works_once_on_node_B()
    {
        string token;
        await using (var onA = nodes.A.Services.CreateAsyncScope())
        {
            token = await onA.ServiceProvider.GetRequiredService<Features.Setup.SetupToken>().IssueAsync();
        }
        await using var onB = nodes.B.Services.CreateAsyncScope();
        var tokensOnB = onB.ServiceProvider.GetRequiredService<Features.Setup.SetupToken>();
        Assert.True(await tokensOnB.MatchesAsync(token), "Node B should accept the setup link that node A logged.");
        Assert.True(await tokensOnB.TrySpendAsync(token), "Node B should be able to use the setup link once.");
        await using var againOnA = nodes.A.Services.CreateAsyncScope();
        Assert.False(await againOnA.ServiceProvider.GetRequiredService<Features.Setup.SetupToken>().MatchesAsync(token),
            "Once used on node B, the setup link should not work on node A either.");
    }

    [Fact]
    public async Task A_mail_in_the_shared_outbox_is_sent_once_although_both_nodes_send_at_the_same_moment()
    {
        var member = await nodes.A.CreatePersonAsync("Outbox Reader", Roles.Member);
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var composer = scope.ServiceProvider.GetRequiredService<Web.Platform.MailComposer>();
            var user = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.SingleAsync(u => u.Id == member.Id);
            await composer.SendAsync(user, new("Outbox check {0}", member.Id), [new("Sent once.")]);
        }
        // Both nodes' job servers were asked already; these calls race them and each other.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            await using var scope = (i % 2 == 0 ? nodes.A : nodes.B).Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Features.Mail.MailOutbox>().SendDueAsync();
        }));
        await nodes.A.WaitForOutboxAsync();
        var received = nodes.A.Mailbox.For(member.Email).Concat(nodes.B.Mailbox.For(member.Email)).Count(m => (m.Subject ?? "").Contains(member.Id, StringComparison.Ordinal));
        Assert.Equal(1, received);
    }
    [Fact]
    public async Task A_members_digest_is_sent_once_although_both_nodes_send_digests_at_the_same_moment()
    {
        var reader = await nodes.A.CreatePersonAsync("Digest Reader", Roles.Member);
        var writer = await nodes.A.CreatePersonAsync("Digest Writer", Roles.Member);
        var debateId = await DebateSetup.CreateAsync(nodes.A, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var post = scope.ServiceProvider.GetRequiredService<PostToDebate>();
            var question = await post.HandleAsync(reader.Id, new PostCommand(debateId, null, "What helped your clinic most?", null));
            Assert.True(question.Succeeded, "The reader's post should be accepted.");
            Assert.True((await post.HandleAsync(writer.Id, new PostCommand(debateId, question.Value!.Id, "Peer educators.", null))).Succeeded, "The reply should be accepted.");
            // The reader's morning came a minute ago, and their last digest was yesterday's.
            await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.Where(u => u.Id == reader.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.NextDigestAt, DateTimeOffset.UtcNow.AddMinutes(-1)).SetProperty(u => u.LastDigestAt, DateTimeOffset.UtcNow.AddDays(-1)));
        }

        await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            await using var scope = (i % 2 == 0 ? nodes.A : nodes.B).Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Web.Platform.Mail.DigestSender>().SendDueAsync(DateTimeOffset.UtcNow);
        }));
        await nodes.A.WaitForOutboxAsync();
        var digests = nodes.A.Mailbox.For(reader.Email).Concat(nodes.B.Mailbox.For(reader.Email))
            .Where(m => m.Subject == "Your day in the community of practice").ToList();
        var digest = Assert.Single(digests);
        Assert.Contains("Digest Writer replied to you in", digest.TextBody);
    }

    [Fact]
    public async Task A_support_given_on_node_A_updates_the_count_on_the_consultation_pages_of_node_B()
    {
        var scenario = await CommunityOfPractice.Testing.StandardSetup.CreateAsync(nodes.A);
        var proposalId = await WithDbAsync(nodes.A, db => db.StandardProposals.Where(p => p.ProposedText == scenario.OpenRoundProposal).Select(p => p.Id).SingleAsync());
        var roundId = await WithDbAsync(nodes.A, db => db.StandardProposals.Where(p => p.Id == proposalId).Select(p => p.RoundId).SingleAsync());
        var heard = new TaskCompletionSource<CommunityOfPractice.Features.Standards.ConsultationEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = nodes.B.Services.GetRequiredService<CommunityOfPractice.Features.Standards.ConsultationNotifier>().Subscribe(roundId, e =>
        {
            if (e.ProposalId == proposalId)
            {
                heard.TrySetResult(e);
            }
            return Task.CompletedTask;
        });

        using var supporter = new Browser(nodes.A);
        await supporter.SignInAsync(await nodes.A.CreatePersonAsync("Supporter on A", Roles.Member));
        var supported = await supporter.SubmitAsync($"/standards/{scenario.OpenRound.Slug}/consult", $"support-{proposalId}", new Dictionary<string, string>());
        Assert.True(supported.IsRedirect, $"Supporting should redirect:\n{supported.Text}");

        var signal = await heard.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(1, signal.SupportCount);
        Assert.True(signal.FromAnotherNode, "Node B's pages should hear the count from node A through the node bus.");
    }

    [Fact]
    public async Task Appointing_a_member_on_node_A_redraws_the_group_rule_indicator_open_on_node_B()
    {
        var chair = await GroupSetup.PersonFromAsync(nodes.A, "Chair in Nairobi", "KE");
        var appointed = await GroupSetup.PersonFromAsync(nodes.A, "Member in Brasilia", "BR");
        var groupId = await GroupSetup.GroupAsync(nodes.A, "Two nodes", chair);
        var heard = new TaskCompletionSource<WorkingGroupEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        // What the group's page open on node B subscribes to: each event makes it read the space again and redraw.
        using var page = nodes.B.Services.GetRequiredService<WorkingGroupNotifier>().Subscribe(groupId, e =>
        {
            heard.TrySetResult(e);
            return Task.CompletedTask;
        });

        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var appointing = await scope.ServiceProvider.GetRequiredService<AppointMember>().HandleAsync(new Actor(chair.Id, chair.DisplayName), groupId, appointed.Id);
            Assert.True(appointing.Succeeded, "The chair should appoint a member on node A.");
        }

        var signal = await heard.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.True(signal.FromAnotherNode, "Node B's group page should hear of the appointment from node A through the node bus.");
        await using (var scope = nodes.B.Services.CreateAsyncScope())
        {
            var space = await scope.ServiceProvider.GetRequiredService<WorkingGroupReader>().SpaceAsync(groupId, chair.Id);
            Assert.NotNull(space);
            Assert.Equal(2, space.Composition.Size);
            Assert.Equal(2, space.Composition.Regions);
        }
    }

    private static async Task<T> WithDbAsync<T>(CommunityAppFactory node, Func<CommunityDbContext, Task<T>> query)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }
}
