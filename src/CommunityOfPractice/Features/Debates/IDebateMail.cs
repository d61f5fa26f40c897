using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Debates;

/// <summary>Debate mails, written by the host in each recipient's language.</summary>
internal interface IDebateMail
{
    Task SendOpenedAsync(AppUser member, Debate debate, CancellationToken cancellationToken = default);
    Task SendClosingSoonAsync(AppUser member, Debate debate, CancellationToken cancellationToken = default);
    Task SendReplyAsync(AppUser member, Debate debate, string replierName, long replyId, CancellationToken cancellationToken = default);
}
