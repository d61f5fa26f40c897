using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Trust;

/// <summary>Pre-moderation and suspensions hold for edits too, not only for new posts.</summary>
[Collection(AppCollection.Name)]
public sealed class ModerationBypassTests(CommunityAppFactory app)
{
    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<PostView> AsSeenByAsync(long postId, string viewerId, bool moderator) =>
        WithAsync(async sp => (await sp.GetRequiredService<DebateRoom>().PostAsync(postId, viewerId, moderator))!);

    private static void AssertSucceeded(CommandResult result, string what) =>
        Assert.True(result.Succeeded, $"{what}: {string.Join(" ", result.Errors.Select(e => e.Message))}");

    [Theory]
    [InlineData(ModerationMode.PreModerationAll)]
    [InlineData(ModerationMode.PreModerationFirstPosts)]
    public async Task An_edit_of_a_published_post_waits_for_a_moderator_and_others_keep_the_approved_text(ModerationMode mode)
    {
        var member = await app.CreatePersonAsync("Held Editor", Roles.Member);
        var other = await app.CreatePersonAsync("Other Reader", Roles.Member);
        var moderator = await app.CreatePersonAsync("Edit Approver", Roles.Member, Roles.Moderator);
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2), mode);
        var post = (await WithAsync(sp => sp.GetRequiredService<PostToDebate>().HandleAsync(member.Id, new PostCommand(debateId, null, "Approved words", null)))).Value!;
        Assert.Equal(PostStatus.Held, post.Status);
        AssertSucceeded(await WithAsync(sp => sp.GetRequiredService<ModeratePost>().HandleAsync(new Actor(moderator.Id, "Edit Approver"), post.Id, PostModeration.Approve)), "Approving the first version");

        AssertSucceeded(await WithAsync(sp => sp.GetRequiredService<EditPost>().HandleAsync(member.Id, post.Id, "Words no moderator has read")), "The edit should be taken, to wait");

        var seenByOther = await AsSeenByAsync(post.Id, other.Id, moderator: false);
        Assert.Contains("Approved words", seenByOther.Html);
        Assert.DoesNotContain("no moderator has read", seenByOther.Html);
        Assert.Null(seenByOther.PendingHtml);
        var seenByHub = await AsSeenByAsync(post.Id, "", moderator: false);
        Assert.DoesNotContain("no moderator has read", seenByHub.Html);
        Assert.Contains("no moderator has read", (await AsSeenByAsync(post.Id, moderator.Id, moderator: true)).PendingHtml);
        Assert.Contains("no moderator has read", (await AsSeenByAsync(post.Id, member.Id, moderator: false)).PendingHtml);
        var queue = await WithAsync(sp => sp.GetRequiredService<PostQueue>().HeldAsync());
        Assert.Contains(queue, q => q.PostId == post.Id && q.IsEdit && q.Excerpt.Contains("no moderator has read", StringComparison.Ordinal));

        AssertSucceeded(await WithAsync(sp => sp.GetRequiredService<ModeratePost>().HandleAsync(new Actor(moderator.Id, "Edit Approver"), post.Id, PostModeration.Approve)), "Approving the edit");
        var afterApproval = await AsSeenByAsync(post.Id, other.Id, moderator: false);
        Assert.Contains("Words no moderator has read", afterApproval.Html);
        Assert.NotNull(afterApproval.EditedAt);
        Assert.DoesNotContain(await WithAsync(sp => sp.GetRequiredService<PostQueue>().HeldAsync()), q => q.PostId == post.Id);
        Assert.Equal(1, await WithAsync(sp => sp.GetRequiredService<CommunityDbContext>().PostRevisions.CountAsync(r => r.PostId == post.Id && r.Markdown == "Approved words")));
    }

    [Fact]
    public async Task A_refused_edit_leaves_the_approved_text()
    {
        var member = await app.CreatePersonAsync("Refused Editor", Roles.Member);
        var moderator = await app.CreatePersonAsync("Edit Refuser", Roles.Member, Roles.Moderator);
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2), ModerationMode.PreModerationAll);
        var post = (await WithAsync(sp => sp.GetRequiredService<PostToDebate>().HandleAsync(member.Id, new PostCommand(debateId, null, "Kept words", null)))).Value!;
        await WithAsync(sp => sp.GetRequiredService<ModeratePost>().HandleAsync(new Actor(moderator.Id, "Edit Refuser"), post.Id, PostModeration.Approve));
        await WithAsync(sp => sp.GetRequiredService<EditPost>().HandleAsync(member.Id, post.Id, "Refused words"));

        AssertSucceeded(await WithAsync(sp => sp.GetRequiredService<ModeratePost>().HandleAsync(new Actor(moderator.Id, "Edit Refuser"), post.Id, PostModeration.RejectEdit)), "Refusing the edit");

        var seen = await AsSeenByAsync(post.Id, member.Id, moderator: false);
        Assert.Contains("Kept words", seen.Html);
        Assert.Null(seen.PendingHtml);
    }

    [Fact]
    public async Task A_member_suspended_from_a_debate_cannot_edit_there()
    {
        var member = await app.CreatePersonAsync("Suspended Editor", Roles.Member);
        var moderator = await app.CreatePersonAsync("Suspending Moderator", Roles.Member, Roles.Moderator);
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var post = (await WithAsync(sp => sp.GetRequiredService<PostToDebate>().HandleAsync(member.Id, new PostCommand(debateId, null, "Before the suspension", null)))).Value!;
        AssertSucceeded(await WithAsync(sp => sp.GetRequiredService<SuspendFromDebate>().HandleAsync(new Actor(moderator.Id, "Suspending Moderator"), debateId, member.Id, "Repeated abuse")), "Suspending");

        var edit = await WithAsync(sp => sp.GetRequiredService<EditPost>().HandleAsync(member.Id, post.Id, "After the suspension"));

        Assert.False(edit.Succeeded, "A suspended member's edit should be refused.");
        Assert.Equal("A moderator has suspended you from this debate.", edit.Errors[0].Message);
        Assert.Contains("Before the suspension", (await AsSeenByAsync(post.Id, member.Id, moderator: false)).Html);
    }
}
