using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Features.Debates.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.WorkingGroups;

/// <summary>
/// A working group's life through its forms and use cases: created (after its bad inputs are refused), appointed,
/// applied to, accepted, declined and removed from; and what a non-member can reach of it and of its debate.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WorkingGroupCycleTests(CommunityAppFactory app)
{
    private async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<T> WithDbAsync<T>(Func<CommunityDbContext, Task<T>> query) => UseAsync(s => query(s.GetRequiredService<CommunityDbContext>()));

    private static Actor ActorOf(TestPerson person) => new(person.Id, person.DisplayName);

    private async Task<Browser> SignedInAsync(TestPerson person)
    {
        var browser = new Browser(app);
        await browser.SignInAsync(person);
        return browser;
    }

    private Task<CommandResult> AppointAsync(TestPerson by, int groupId, string memberId) =>
        UseAsync(s => s.GetRequiredService<AppointMember>().HandleAsync(ActorOf(by), groupId, memberId));

    [Fact]
    public async Task A_group_is_created_appointed_applied_to_decided_on_and_removed_from_and_its_bad_inputs_change_nothing()
    {
        _ = app.Server;
        var coordinator = await GroupSetup.PersonFromAsync(app, "Cycle Coordinator", "CH", Roles.Coordinator);
        var chair = await GroupSetup.PersonFromAsync(app, "Cycle Chair", "FR");
        var kenyan = await GroupSetup.PersonFromAsync(app, "Cycle Kenyan", "KE", category: StakeholderCategory.PersonLivingWithNcd);
        var brazilian = await GroupSetup.PersonFromAsync(app, "Cycle Brazilian", "BR");
        var applicant = await GroupSetup.PersonFromAsync(app, "Cycle Applicant", "IN");
        var declined = await GroupSetup.PersonFromAsync(app, "Cycle Declined", "NZ");
        using var coordinating = await SignedInAsync(coordinator);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var name = "Cycle group " + Guid.NewGuid().ToString("N")[..6];

        // Bad input: each refused with its message, nothing saved, the typed name kept.
        var refusals = new (Dictionary<string, string> Form, string Message)[]
        {
            (GroupSetup.Form(name, today.AddDays(10), today, chair.Id), "The term must end after it starts."),
            (GroupSetup.Form(name, today, today.AddDays(90), chair.Id, min: 8, max: 6), "The least number of members cannot be above the most."),
            (GroupSetup.Form(name, today, today.AddDays(90), chair.Id, min: 0, max: 6), "Give the least and the most members, each at least 1."),
            (GroupSetup.Form(name, today, today.AddDays(90), chair.Id, share: "150"), "The share of members living with NCDs must be between 0 and 100 %."),
            (GroupSetup.Form(name, today, today.AddDays(90), "not-a-member-id"), "Choose the chair from the list of members."),
        };
        foreach (var (form, message) in refusals)
        {
            var refused = await coordinating.SubmitAsync("/groups/new", "new-group", form);
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Contains(message, refused.Text);
            Assert.Contains($"value=\"{name}\"", refused.Html);
        }
        Assert.False(await WithDbAsync(db => db.Set<WorkingGroup>().AnyAsync(g => g.Name == name)), "No refused form should have saved a group.");

        var groupId = GroupSetup.IdFrom(await coordinating.SubmitAsync("/groups/new", "new-group", GroupSetup.Form(name, today, today.AddDays(90), chair.Id, min: 3, max: 4, share: "25")));
        var space = await coordinating.GetAsync($"/groups/{groupId}");
        Assert.Contains("<strong>council statement</strong>", space.Html);
        Assert.DoesNotContain("<script>alert", space.Html);
        Assert.Contains("3 to 4 members from at least 3 regions: 1 members, 1 regions", space.Text);
        Assert.Contains("data-meets=\"false\"", (await coordinating.GetAsync("/groups")).Html);
        // The coordinators' home counts groups breaking their rules: at least this one (the badge is the warning one).
        Assert.Matches("data-testid=\"queue-groups\"[^<]*<a[^>]*>[^<]*<span class=\"badge text-bg-warning\">[1-9]", (await coordinating.GetAsync("/")).Html);

        // The chair appoints; appointing twice and a tampered id are refused; the appointed member is mailed in their language.
        Assert.True((await AppointAsync(chair, groupId, kenyan.Id)).Succeeded, "The chair should be able to appoint a member.");
        Assert.Equal("{0} is already a member of the group.", Assert.Single((await AppointAsync(coordinator, groupId, kenyan.Id)).Errors).Message);
        Assert.Equal("Choose a member from the list.", Assert.Single((await AppointAsync(coordinator, groupId, "tampered-" + kenyan.Id)).Errors).Message);
        Assert.Equal("Only coordinators and the group's chair can do this.", Assert.Single((await AppointAsync(kenyan, groupId, brazilian.Id)).Errors).Message);
        var appointed = await app.Mailbox.WaitForAsync(kenyan.Email, name);
        Assert.Contains($"groups/{groupId}", appointed.TextBody);

        // A member applies through the form (an empty motivation is refused first); the chair accepts one and declines another.
        using var applying = await SignedInAsync(applicant);
        var empty = await applying.SubmitAsync($"/groups/{groupId}/apply", "apply-group", new Dictionary<string, string> { ["Input.Motivation"] = " " });
        Assert.Contains("Say in a few words why you want to join", empty.Text);
        Assert.True((await applying.SubmitAsync($"/groups/{groupId}/apply", "apply-group", new Dictionary<string, string> { ["Input.Motivation"] = "I coordinate a national alliance." })).IsRedirect,
            "A motivated application should be taken.");
        using var declining = await SignedInAsync(declined);
        await declining.SubmitAsync($"/groups/{groupId}/apply", "apply-group", new Dictionary<string, string> { ["Input.Motivation"] = "I would like to help." });
        var applications = await WithDbAsync(db => db.Set<WorkingGroupMember>().Where(m => m.WorkingGroupId == groupId && m.Status == GroupMemberStatus.Applied).ToListAsync());
        Assert.Equal(2, applications.Count);
        Assert.Equal("You are already a member of this group or waiting for an answer.",
            Assert.Single((await UseAsync(s => s.GetRequiredService<ApplyToGroup>().HandleAsync(ActorOf(applicant), groupId, "Again."))).Errors).Message);
        using var chairing = await SignedInAsync(chair);
        Assert.Contains("I coordinate a national alliance.", (await chairing.GetAsync($"/groups/{groupId}")).Text);
        var decide = (TestPerson who, bool accept) => UseAsync(s => s.GetRequiredService<DecideOnGroupApplication>()
            .HandleAsync(ActorOf(chair), groupId, applications.Single(a => a.UserId == who.Id).Id, accept));
        Assert.True((await decide(applicant, true)).Succeeded, "The chair should accept the application.");
        Assert.True((await decide(declined, false)).Succeeded, "The chair should decline the application.");
        Assert.Equal("This application has already been answered.", Assert.Single((await decide(declined, true)).Errors).Message);
        await app.Mailbox.WaitForAsync(applicant.Email, name);
        var no = await app.Mailbox.WaitForAsync(declined.Email, "Your application");
        Assert.Contains("was not accepted", no.TextBody);

        // Three members from three regions meet the rules (25 %: one living with NCDs of three); the coordinator's list says so.
        Assert.Contains("data-meets=\"true\"", (await coordinating.GetAsync($"/groups/{groupId}")).Html);
        Assert.Contains("data-meets=\"true\"", (await coordinating.GetAsync("/groups")).Html);

        // The chair cannot be removed; a member can, and then no longer sees the space.
        using var member = await SignedInAsync(kenyan);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/groups/{groupId}")).Status);
        Assert.Equal("The chair cannot be removed: a coordinator first chooses another chair.",
            Assert.Single((await UseAsync(s => s.GetRequiredService<RemoveMember>().HandleAsync(ActorOf(coordinator), groupId, chair.Id))).Errors).Message);
        Assert.True((await UseAsync(s => s.GetRequiredService<RemoveMember>().HandleAsync(ActorOf(coordinator), groupId, kenyan.Id))).Succeeded, "The coordinator should remove a member.");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/groups/{groupId}")).Status);
        Assert.Contains("2 members, 2 regions", (await coordinating.GetAsync($"/groups/{groupId}")).Text);

        // The coordinator edits the rules later: inverted limits are refused and change nothing; then two regions suffice.
        var edit = GroupSetup.Form(name, today, today.AddDays(90), chair.Id, min: 4, max: 2, regions: 2);
        Assert.Contains("The least number of members cannot be above the most.", (await coordinating.SubmitAsync($"/groups/{groupId}/edit", "edit-group", edit)).Text);
        Assert.Equal(4, await WithDbAsync(db => db.Set<WorkingGroup>().Where(g => g.Id == groupId).Select(g => g.MaxSize).SingleAsync()));
        edit["Input.MinSize"] = "2";
        edit["Input.MaxSize"] = "4";
        Assert.True((await coordinating.SubmitAsync($"/groups/{groupId}/edit", "edit-group", edit)).IsRedirect, "Valid rules should be saved.");
        Assert.Contains("data-meets=\"true\"", (await coordinating.GetAsync($"/groups/{groupId}")).Html);

        var audit = await WithDbAsync(db => db.AuditEntries.Where(e => e.Details == name).Select(e => e.Action).ToListAsync());
        Assert.Equal(["group.application.declined", "group.created", "group.edited", "group.member.applied", "group.member.applied", "group.member.appointed", "group.member.appointed", "group.member.removed"],
            audit.Order());
    }

    [Fact]
    public async Task A_non_member_reaches_neither_the_group_nor_its_debate_by_page_list_home_calendar_feed_or_hub_and_members_reach_both()
    {
        _ = app.Server;
        var coordinator = await GroupSetup.PersonFromAsync(app, "Scope Coordinator", "CH", Roles.Coordinator);
        var chair = await GroupSetup.PersonFromAsync(app, "Scope Chair", "MX");
        var outsider = await GroupSetup.PersonFromAsync(app, "Scope Outsider", "KE");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (group, errors) = await UseAsync(s => s.GetRequiredService<CreateWorkingGroup>().HandleAsync(ActorOf(coordinator), new WorkingGroupCommand
        {
            Name = "Scope group " + Guid.NewGuid().ToString("N")[..6], Mandate = "Private work.", StartsOn = today, EndsOn = today.AddDays(200),
            ChairId = chair.Id, MinSize = 1, MaxSize = 9, MinRegions = 1,
        }));
        Assert.Empty(errors);

        // The chair opens a debate in the space through its form: open now, members only.
        using var chairing = await SignedInAsync(chair);
        var title = "Group-only debate " + Guid.NewGuid().ToString("N")[..6];
        string Local(DateTime instant) => instant.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var created = await chairing.SubmitAsync($"/groups/{group!.Id}/debates/new", "new-group-debate", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Summary"] = "What we tell the council.", ["Input.Context"] = "",
            ["Input.OpensLocal"] = Local(DateTime.UtcNow.AddHours(-1)), ["Input.ClosesLocal"] = Local(DateTime.UtcNow.AddDays(3)),
            ["Input.TimeZoneId"] = "UTC", ["Input.ModerationMode"] = "PostModeration",
        });
        Assert.True(created.IsRedirect, $"Creating the group's debate should redirect to its room:\n{created.Html}");
        var debateId = int.Parse(created.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var room = await chairing.GetAsync($"/debates/{debateId}");
        Assert.Contains(title, room.Text);
        Assert.Contains($"href=\"groups/{group.Id}\"", room.Html);
        Assert.Contains(title, (await chairing.GetAsync("/debates")).Text);
        Assert.Contains(title, (await chairing.GetAsync($"/groups/{group.Id}")).Text);

        using var outside = await SignedInAsync(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await outside.GetAsync($"/groups/{group.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outside.GetAsync($"/groups/{group.Id}/debates/new")).Status);
        Assert.DoesNotContain($"href=\"groups/{group.Id}\"", (await outside.GetAsync("/groups")).Html);
        foreach (var path in new[] { $"/debates/{debateId}", "/debates", "/", "/events" })
        {
            var page = await outside.GetAsync(path);
            Assert.DoesNotContain(title, page.Text);
        }
        await using (var hub = await HubClients.ConnectAsync(app, outside))
        {
            await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<IReadOnlyList<HubPost>>("Join", debateId, 0L));
            var post = await hub.InvokeAsync<PostAck>("Post", debateId, (long?)null, "Let me in.", (QuotingConsent?)null, Guid.NewGuid().ToString("N"));
            Assert.False(post.Accepted, "A non-member's post to a group's debate should be refused.");
        }
        await UseAsync(async s => { await s.GetRequiredService<FollowDebate>().SetAsync(debateId, outsider.Id, follow: true); return 0; });
        Assert.False(await WithDbAsync(db => db.DebateFollows.AnyAsync(f => f.DebateId == debateId && f.UserId == outsider.Id)), "A non-member should not be able to follow the group's debate.");
        var token = await UseAsync(s => s.GetRequiredService<CalendarFeed>().TokenOfAsync(outsider.Id));
        Assert.DoesNotContain(title, (await outside.GetAsync($"/calendar/{token}.ics")).Text);
        using var anonymous = new Browser(app);
        Assert.DoesNotContain(title, (await anonymous.GetAsync("/practices/feed.atom")).Text);
        Assert.DoesNotContain(title, (await UseAsync(s => s.GetRequiredService<SynthesisReader>().DebatesWithoutSynthesisAsync())).Select(d => d.Title));

        // Appointed, the same person reaches it all; the coordinator does without being a member.
        Assert.True((await AppointAsync(chair, group.Id, outsider.Id)).Succeeded, "The chair should appoint the outsider.");
        Assert.Contains(title, (await outside.GetAsync($"/debates/{debateId}")).Text);
        Assert.Contains(title, (await outside.GetAsync("/")).Text);
        await using (var hub = await HubClients.ConnectAsync(app, outside))
        {
            Assert.NotNull(await hub.InvokeAsync<IReadOnlyList<HubPost>>("Join", debateId, 0L));
        }
        using var coordinating = await SignedInAsync(coordinator);
        Assert.Contains(title, (await coordinating.GetAsync($"/debates/{debateId}")).Text);
        Assert.Equal(HttpStatusCode.OK, (await coordinating.GetAsync($"/groups/{group.Id}")).Status);
    }

    [Fact]
    public async Task A_groups_debate_cannot_be_named_as_a_webinars_or_a_consultation_rounds_context_nor_is_it_offered()
    {
        _ = app.Server;
        var coordinator = await GroupSetup.PersonFromAsync(app, "Context Coordinator", "CH", Roles.Coordinator);
        var chair = await GroupSetup.PersonFromAsync(app, "Context Chair", "MX");
        var moderator = await GroupSetup.PersonFromAsync(app, "Context Moderator", "FR", Roles.Moderator);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (group, errors) = await UseAsync(s => s.GetRequiredService<CreateWorkingGroup>().HandleAsync(ActorOf(coordinator), new WorkingGroupCommand
        {
            Name = "Context group " + Guid.NewGuid().ToString("N")[..6], Mandate = "Private work.", StartsOn = today, EndsOn = today.AddDays(200),
            ChairId = chair.Id, MinSize = 1, MaxSize = 9, MinRegions = 1,
        }));
        Assert.Empty(errors);
        var title = "Private context " + Guid.NewGuid().ToString("N")[..6];
        var (debate, debateErrors) = await UseAsync(s => s.GetRequiredService<CreateGroupDebate>().HandleAsync(ActorOf(chair), group!.Id, new DebateCommand
        {
            Title = title, Summary = "Only for the group.", OpensLocal = DateTime.UtcNow.AddHours(-1), ClosesLocal = DateTime.UtcNow.AddDays(3),
            ModerationMode = ModerationMode.PostModeration,
        }));
        Assert.Empty(debateErrors);
        var debateId = debate!.Id;

        // A tampered form naming the group's debate: refused on the field, nothing written.
        var webinars = await WithDbAsync(db => db.Webinars.CountAsync());
        var (_, webinarErrors) = await UseAsync(s => s.GetRequiredService<CreateWebinar>().HandleAsync(ActorOf(moderator), new WebinarCommand
        {
            Title = "Context webinar", StartsLocal = DateTime.UtcNow.AddDays(5), EndsLocal = DateTime.UtcNow.AddDays(5).AddHours(1),
            MeetingUrl = "https://meet.example.org/context", DebateId = debateId,
        }));
        Assert.Contains(webinarErrors, e => e.Field == nameof(WebinarCommand.DebateId));
        Assert.Equal(webinars, await WithDbAsync(db => db.Webinars.CountAsync()));

        var rounds = await WithDbAsync(db => db.ConsultationRounds.CountAsync());
        var (_, roundErrors) = await UseAsync(s => s.GetRequiredService<OpenConsultationRound>().HandleAsync(ActorOf(coordinator), new RoundCommand
        {
            VersionId = 0, OpensLocal = DateTime.UtcNow.AddDays(1), ClosesLocal = DateTime.UtcNow.AddDays(8), DebateId = debateId,
        }));
        Assert.Contains(roundErrors, e => e.Field == nameof(RoundCommand.DebateId));
        Assert.Equal(rounds, await WithDbAsync(db => db.ConsultationRounds.CountAsync()));

        // The choosers offer only the community's debates.
        var (_, offered) = await UseAsync(s => s.GetRequiredService<StandardDesk>().ContextChoicesAsync());
        Assert.DoesNotContain(offered, d => d.Id == debateId);
        using var moderating = await SignedInAsync(moderator);
        var form = await moderating.GetAsync("/webinars/new");
        Assert.Contains("Input.DebateId", form.Html);
        Assert.DoesNotContain(title, form.Text);
    }
}
