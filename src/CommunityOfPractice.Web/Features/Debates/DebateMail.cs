using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Debates;

internal sealed class DebateMail(MailComposer composer) : IDebateMail
{
    public Task SendOpenedAsync(AppUser member, Debate debate, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("The debate \"{0}\" is open", debate.Title),
            [new("The debate \"{0}\" is now open until {1:u}. Your voice matters: join the discussion.", debate.Title, debate.ClosesAt)],
            (new LocalizedText("Go to the debate"), composer.AbsoluteUrl($"debates/{debate.Id}")), MailKind.Debates, cancellationToken);

    public Task SendClosingSoonAsync(AppUser member, Debate debate, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("The debate \"{0}\" closes in 24 hours", debate.Title),
            [new("The debate \"{0}\" closes on {1:u}. There is still time to add your contribution.", debate.Title, debate.ClosesAt)],
            (new LocalizedText("Go to the debate"), composer.AbsoluteUrl($"debates/{debate.Id}")), MailKind.Debates, cancellationToken);

    public Task SendReplyAsync(AppUser member, Debate debate, string replierName, long replyId, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("{0} replied to you in \"{1}\"", replierName, debate.Title),
            [new("{0} replied to your post in the debate \"{1}\".", replierName, debate.Title)],
            (new LocalizedText("Read the reply"), composer.AbsoluteUrl($"debates/{debate.Id}#post-{replyId}")), MailKind.Replies, cancellationToken);
}
