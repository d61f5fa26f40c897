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
internal sealed class DebateHub(DebateRoom room, PostToDebate post, DebateAccess access, HubSessions sessions, IStringLocalizer<SharedResource> L) : Hub
{
    public static string Group(int debateId) => $"debate-{debateId}";

    private string UserId => Context.User!.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public override Task OnConnectedAsync()
    {
        sessions.Add(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Remove(Context);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Joins a room and returns what was posted after <paramref name="lastSeenPostId"/> (0 for everything).</summary>
    /// <remarks>
    /// The roles are read from the database, not from the connection's sign-in: a connection opened before a role was
    /// removed must not go on reading held posts. Staff powers need two-factor, here as on the pages: without it a
    /// moderator sees the room as a member does.
    /// </remarks>
    public async Task<IReadOnlyList<HubPost>> Join(int debateId, long lastSeenPostId)
    {
        var roles = await access.RolesOfAsync(UserId, Context.ConnectionAborted);
        if (!roles.IsMember)
        {
            throw new HubException(L["Only members can post in debates."]);
        }
        var isModerator = roles.IsModerator && Policies.HasTwoFactor(Context.User!);
        var view = await room.ForViewerAsync(debateId, UserId, isModerator, Context.ConnectionAborted)
            ?? throw new HubException(L["This debate does not exist."]);
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(debateId), Context.ConnectionAborted);
        return view.Posts.Where(p => p.Id > lastSeenPostId).Select(HubPost.Of).ToList();
    }

    public Task Leave(int debateId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(debateId));

    /// <summary>Posts to a debate; a retry with the same <paramref name="clientRequestId"/> lands once.</summary>
    public async Task<PostAck> Post(int debateId, long? parentId, string markdown, QuotingConsent? consent, string clientRequestId)
    {
        var result = await post.HandleAsync(UserId, new PostCommand(debateId, parentId, markdown, consent, clientRequestId), Context.ConnectionAborted);
        return result.Value is { } saved
            ? new PostAck(true, saved.Id, saved.Status, null)
            : new PostAck(false, null, null, L[result.Errors[0].Message, result.Errors[0].Arguments]);
    }
}
