using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Web.Features.Debates.Pages.Room;
using Microsoft.AspNetCore.Components;

namespace CommunityOfPractice.Web.Features.Debates.Pages;

/// <summary>What members and moderators do in the room: each action reports its refusal in the room and reloads it.</summary>
public partial class DebateRoomPage : IPostActions
{
    private async Task RunAsync(Func<IServiceProvider, Task<CommandResult>> action)
    {
        actionError = null;
        notice = null;
        await using var scope = Scopes.CreateAsyncScope();
        var result = await action(scope.ServiceProvider);
        if (!result.Succeeded)
        {
            actionError = L[result.Errors[0].Message, result.Errors[0].Arguments];
        }
        await ReloadAsync();
        // Called from a post's component too (IPostActions): the room renders itself again, with the post's new slot.
        StateHasChanged();
    }

    private Actor Me => new(viewerId, viewerName);

    // What a post's article and tools do (IPostActions). They are called from the post's own component: each ends by
    // rendering the room, which gives the post its new slot.
    int IPostActions.DebateId => Id;

    string IPostActions.ViewerId => viewerId;

    string? IPostActions.TimeZone => timeZone;

    DateTimeOffset IPostActions.Now => Clock.GetUtcNow();

    /// <summary>"Reply" opens the composer under the post, with whatever the member was writing.</summary>
    void IPostActions.Reply(PostView post) => Changed(() => AnswerPost(post));

    /// <summary>Back to a new thread at the foot of the room, the words kept.</summary>
    private void CancelReply() => AnswerPost(null);

    private void AnswerPost(PostView? post)
    {
        replyTo = post;
        if (composerDraft is { Text.Length: > 0 })
        {
            composerDraft.Changed(post?.Id);
        }
    }

    /// <summary>A kept draft was a reply: it answers that post again when the room has it (a thread out of the page does not).</summary>
    private void RestoreReply(long parentId) => replyTo = room?.Posts.FirstOrDefault(p => p.Id == parentId) ?? replyTo;

    void IPostActions.StartEdit(PostView post) => Changed(() => (editing, editText) = (post.Id, post.PendingMarkdown ?? post.Markdown));

    void IPostActions.SetEditText(string text) => Changed(() => editText = text);

    void IPostActions.CancelEdit() => Changed(() => editing = null);

    void IPostActions.StartFlag(long postId) => Changed(() => flagging = postId);

    void IPostActions.SetFlagReason(FlagReason reason) => Changed(() => flagReason = reason);

    void IPostActions.ToggleReplies(long postId) => Changed(() =>
    {
        if (!collapsed.Remove(postId))
        {
            collapsed.Add(postId);
        }
    });

    void IPostActions.SetHideReason(long postId, string reason) => Changed(() => hideReasons[postId] = reason);

    Task IPostActions.ModerateAsync(long postId, PostModeration action) => RunAsync(sp =>
        sp.GetRequiredService<ModeratePost>().HandleAsync(Me, postId, action, hideReasons.GetValueOrDefault(postId)));

    Task IPostActions.WithdrawAsync(long postId) => RunAsync(sp => sp.GetRequiredService<WithdrawPost>().HandleAsync(viewerId, postId));

    Task IPostActions.HelpfulAsync(long postId) => RunAsync(sp => sp.GetRequiredService<MarkHelpful>().HandleAsync(viewerId, postId));

    async Task IPostActions.FlagAsync(long postId)
    {
        await RunAsync(sp => sp.GetRequiredService<FlagPost>().HandleAsync(viewerId, postId, flagReason, null));
        flagging = null;
        notice = actionError is null ? L["Thank you: the moderators will look at this post."].Value : null;
        StateHasChanged();
    }

    async Task IPostActions.SaveEditAsync(long postId)
    {
        await RunAsync(sp => sp.GetRequiredService<EditPost>().HandleAsync(viewerId, postId, editText));
        if (actionError is null)
        {
            editing = null;
        }
        StateHasChanged();
    }

    Task IPostActions.SuspendAsync(PostView post) => RunAsync(sp =>
        sp.GetRequiredService<SuspendFromDebate>().HandleAsync(Me, Id, post.AuthorId, hideReasons.GetValueOrDefault(post.Id)));

    private void Changed(Action change)
    {
        change();
        StateHasChanged();
    }

    private Task PublishAsync() => RunAsync(sp => sp.GetRequiredService<PublishDebate>().HandleAsync(Me, Id));

    private Task CloseNowAsync(string reason) => RunAsync(sp => sp.GetRequiredService<ChangeDebateWindow>().CloseNowAsync(Me, Id, reason));

    private Task ExtendAsync(string reason) => RunAsync(sp => sp.GetRequiredService<ChangeDebateWindow>().ExtendAsync(Me, Id, room!.Debate.ClosesAt.AddDays(1), reason));
}
