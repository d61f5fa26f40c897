using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Web.Features.Debates.Pages.Room;

/// <summary>
/// What a post's article and moderation tools can do, carried out by the room that holds them: one object for the
/// whole room, so a post's parameters stay the same from one render to the next unless its <see cref="PostSlot"/> changes.
/// </summary>
public interface IPostActions
{
    int DebateId { get; }

    string ViewerId { get; }

    string? TimeZone { get; }

    /// <summary>The room's clock, for "3 hours ago".</summary>
    DateTimeOffset Now { get; }

    void Reply(PostView post);

    void StartEdit(PostView post);

    void SetEditText(string text);

    void CancelEdit();

    Task SaveEditAsync(long postId);

    Task WithdrawAsync(long postId);

    Task HelpfulAsync(long postId);

    void StartFlag(long postId);

    void SetFlagReason(FlagReason reason);

    Task FlagAsync(long postId);

    void ToggleReplies(long postId);

    void SetHideReason(long postId, string reason);

    Task ModerateAsync(long postId, PostModeration action);

    Task SuspendAsync(PostView post);
}
