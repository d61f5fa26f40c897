using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Debates;

[Collection(AppCollection.Name)]
public sealed class ThreadRulesTests(CommunityAppFactory app)
{
    private async Task<CommandResult<Post>> PostAsync(string authorId, int debateId, string text, long? parentId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(authorId, new PostCommand(debateId, parentId, text, null));
    }

    private Task<int> OpenDebateAsync(ModerationMode mode = ModerationMode.PostModeration) =>
        DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2), mode);

    [Fact]
    public async Task Replies_nest_to_depth_three_and_a_reply_below_becomes_a_sibling_quoting_its_post()
    {
        var member = await app.CreatePersonAsync("Nester", Roles.Member);
        var id = await OpenDebateAsync();
        var top = (await PostAsync(member.Id, id, "Top")).Value!;
        var second = (await PostAsync(member.Id, id, "Second", top.Id)).Value!;
        var third = (await PostAsync(member.Id, id, "Third", second.Id)).Value!;
        var fourth = (await PostAsync(member.Id, id, "Fourth", third.Id)).Value!;

        Assert.Equal([1, 2, 3], new[] { top.Depth, second.Depth, third.Depth });
        Assert.Equal(3, fourth.Depth);
        Assert.Equal(second.Id, fourth.ParentId);
        Assert.Equal(third.Id, fourth.QuotedPostId);
    }

    [Fact]
    public async Task A_reply_to_a_hidden_or_missing_post_is_refused()
    {
        var member = await app.CreatePersonAsync("Replier", Roles.Member);
        var moderator = await app.CreatePersonAsync("Hider", Roles.Member, Roles.Moderator);
        var id = await OpenDebateAsync();
        var post = (await PostAsync(member.Id, id, "Soon hidden")).Value!;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var hidden = await scope.ServiceProvider.GetRequiredService<ModeratePost>().HandleAsync(new Actor(moderator.Id, "Hider"), post.Id, PostModeration.Hide, "Off topic");
            Assert.True(hidden.Succeeded, $"The moderator should be able to hide the post: {string.Join(" ", hidden.Errors.Select(e => e.Message))}");
        }

        Assert.Equal("The post you are replying to is no longer available.", (await PostAsync(member.Id, id, "Reply", post.Id)).Errors[0].Message);
        Assert.Equal("The post you are replying to is no longer available.", (await PostAsync(member.Id, id, "Reply", 987_654_321)).Errors[0].Message);
    }

    [Fact]
    public async Task A_suspended_member_cannot_post_and_a_moderator_needs_a_reason_to_suspend()
    {
        var member = await app.CreatePersonAsync("Suspended", Roles.Member);
        var moderator = await app.CreatePersonAsync("Suspender", Roles.Member, Roles.Moderator);
        var id = await OpenDebateAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var suspend = scope.ServiceProvider.GetRequiredService<SuspendFromDebate>();
            Assert.False((await suspend.HandleAsync(new Actor(moderator.Id, "Suspender"), id, member.Id, " ")).Succeeded,
                "Suspending a member without a reason should be refused.");
            var suspended = await suspend.HandleAsync(new Actor(moderator.Id, "Suspender"), id, member.Id, "Repeated abuse");
            Assert.True(suspended.Succeeded, $"Suspending a member with a reason should succeed: {string.Join(" ", suspended.Errors.Select(e => e.Message))}");
        }
        Assert.Equal("A moderator has suspended you from this debate.", (await PostAsync(member.Id, id, "Let me in")).Errors[0].Message);
    }

    [Fact]
    public async Task Pre_moderation_of_first_posts_holds_a_members_first_posts_until_approved()
    {
        var member = await app.CreatePersonAsync("Newcomer", Roles.Member);
        var moderator = await app.CreatePersonAsync("Approver", Roles.Member, Roles.Moderator);
        var id = await OpenDebateAsync(ModerationMode.PreModerationFirstPosts);

        var first = (await PostAsync(member.Id, id, "First")).Value!;
        Assert.Equal(PostStatus.Held, first.Status);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var room = await scope.ServiceProvider.GetRequiredService<DebateRoom>().ForViewerAsync(id, "someone-else", viewerIsModerator: false);
            Assert.DoesNotContain(room!.Posts, p => p.Id == first.Id);
            var approved = await scope.ServiceProvider.GetRequiredService<ModeratePost>()
                .HandleAsync(new Actor(moderator.Id, "Approver"), first.Id, PostModeration.Approve);
            Assert.True(approved.Succeeded,
                $"The moderator should be able to approve the held first post: {string.Join(" ", approved.Errors.Select(e => e.Message))}");
        }
        var second = (await PostAsync(member.Id, id, "Second")).Value!;
        Assert.Equal(PostStatus.Held, second.Status);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ModeratePost>().HandleAsync(new Actor(moderator.Id, "Approver"), second.Id, PostModeration.Approve);
        }
        Assert.Equal(PostStatus.Published, (await PostAsync(member.Id, id, "Third")).Value!.Status);
        Assert.Equal(PostStatus.Published, (await PostAsync(moderator.Id, id, "Moderators are never held")).Value!.Status);
    }

    [Fact]
    public async Task A_post_over_20000_characters_is_refused_with_its_length()
    {
        var member = await app.CreatePersonAsync("Verbose", Roles.Member);
        var id = await OpenDebateAsync();
        var result = await PostAsync(member.Id, id, new string('a', Post.MaxLength + 1));
        Assert.False(result.Succeeded, $"A post of {Post.MaxLength + 1} characters should be refused.");
        Assert.Equal([Post.MaxLength, Post.MaxLength + 1], result.Errors[0].Arguments);
    }

    [Fact]
    public async Task A_member_marks_a_post_helpful_once_and_not_their_own()
    {
        var author = await app.CreatePersonAsync("Helpful Author", Roles.Member);
        var reader = await app.CreatePersonAsync("Grateful Reader", Roles.Member);
        var id = await OpenDebateAsync();
        var post = (await PostAsync(author.Id, id, "Useful idea")).Value!;
        await using var scope = app.Services.CreateAsyncScope();
        var helpful = scope.ServiceProvider.GetRequiredService<MarkHelpful>();
        var marked = await helpful.HandleAsync(reader.Id, post.Id);
        Assert.True(marked.Succeeded, $"A reader should be able to mark the post helpful: {string.Join(" ", marked.Errors.Select(e => e.Message))}");
        var markedAgain = await helpful.HandleAsync(reader.Id, post.Id);
        Assert.True(markedAgain.Succeeded,
            $"Marking the same post helpful again should succeed, counting once: {string.Join(" ", markedAgain.Errors.Select(e => e.Message))}");
        Assert.False((await helpful.HandleAsync(author.Id, post.Id)).Succeeded, "An author should not be able to mark their own post helpful.");
        var view = await scope.ServiceProvider.GetRequiredService<DebateRoom>().PostAsync(post.Id, reader.Id, false);
        Assert.Equal(1, view!.HelpfulCount);
    }

    [Fact]
    public async Task An_author_edits_within_15_minutes_and_moderators_see_the_earlier_text()
    {
        var author = await app.CreatePersonAsync("Editor", Roles.Member);
        var id = await OpenDebateAsync();
        var post = (await PostAsync(author.Id, id, "First wording")).Value!;
        await using var scope = app.Services.CreateAsyncScope();
        var edit = scope.ServiceProvider.GetRequiredService<EditPost>();
        Assert.False((await edit.HandleAsync("someone-else", post.Id, "Hijacked")).Succeeded,
            "Someone other than the author should not be able to edit the post.");
        Assert.False((await edit.HandleAsync(author.Id, post.Id, "  ")).Succeeded, "Editing a post to blank text should be refused.");
        var edited = await edit.HandleAsync(author.Id, post.Id, "Better wording");
        Assert.True(edited.Succeeded,
            $"The author should be able to edit the post within 15 minutes: {string.Join(" ", edited.Errors.Select(e => e.Message))}");

        var room = scope.ServiceProvider.GetRequiredService<DebateRoom>();
        var asModerator = await room.PostAsync(post.Id, "moderator", viewerIsModerator: true);
        var forModerators = (await room.ForViewerAsync(id, "moderator", viewerIsModerator: true))!.Posts.Single(p => p.Id == post.Id);
        Assert.Contains("Better wording", asModerator!.Html);
        Assert.Equal(["First wording"], forModerators.Revisions);
        Assert.Empty((await room.ForViewerAsync(id, "member", viewerIsModerator: false))!.Posts.Single(p => p.Id == post.Id).Revisions);
    }

    [Fact]
    public async Task A_reply_mails_the_author_it_answers_when_they_asked_for_it()
    {
        var author = await app.ChooseMailAsync(await app.CreatePersonAsync("Answered Author", Roles.Member), Features.Mail.MailFrequency.Immediate);
        var replier = await app.CreatePersonAsync("Quick Replier", Roles.Member);
        var id = await OpenDebateAsync();
        var post = (await PostAsync(author.Id, id, "What do you think?")).Value!;
        var reply = (await PostAsync(replier.Id, id, "I agree.", post.Id)).Value!;

        var mail = await app.Mailbox.WaitForAsync(author.Email, "Quick Replier replied to you");
        Assert.Contains($"#post-{reply.Id}", mail.TextBody);
        await app.WaitForOutboxAsync();
        // Only reply mails count: other tests of the collection may mail every member (a debate opening).
        Assert.DoesNotContain(app.Mailbox.For(replier.Email), m => (m.Subject ?? "").Contains("replied to you", StringComparison.Ordinal));
    }
}
