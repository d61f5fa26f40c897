using System.Security.Claims;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Features.Debates.Live;

/// <summary>The debate rooms for clients other than the Blazor pages: one group per debate, members only.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class DebateHub(DebateRoom room, PostToDebate post, IStringLocalizer<SharedResource> L) : Hub
{
    public static string Group(int debateId) => $"debate-{debateId}";

    private string UserId => Context.User!.FindFirstValue(ClaimTypes.NameIdentifier)!;

    // Staff powers need two-factor, here as on the pages: without it a moderator sees the room as a member does.
    private bool IsModerator => (Context.User!.IsInRole(Roles.Moderator) || Context.User.IsInRole(Roles.Admin))
        && Context.User.HasClaim(c => c.Type == CommunityClaims.TwoFactor);

    /// <summary>Joins a room and returns what was posted after <paramref name="lastSeenPostId"/> (0 for everything).</summary>
    public async Task<IReadOnlyList<PostView>> Join(int debateId, long lastSeenPostId)
    {
        var view = await room.ForViewerAsync(debateId, UserId, IsModerator, Context.ConnectionAborted)
            ?? throw new HubException(L["This debate does not exist."]);
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(debateId), Context.ConnectionAborted);
        return view.Posts.Where(p => p.Id > lastSeenPostId).ToList();
    }

    public Task Leave(int debateId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(debateId));

    /// <summary>Posts to a debate; a retry with the same <paramref name="clientRequestId"/> lands once.</summary>
    public async Task<PostAck> Post(int debateId, long? parentId, string markdown, QuotingConsent? consent, string clientRequestId)
    {
        var result = await post.HandleAsync(UserId, new PostCommand(debateId, parentId, markdown, consent, clientRequestId), Context.ConnectionAborted);
        return result.Post is { } saved
            ? new PostAck(true, saved.Id, saved.Status, null)
            : new PostAck(false, null, null, L[result.Errors[0].Message, result.Errors[0].Arguments]);
    }
}

public sealed record PostAck(bool Accepted, long? PostId, PostStatus? Status, string? Error);
