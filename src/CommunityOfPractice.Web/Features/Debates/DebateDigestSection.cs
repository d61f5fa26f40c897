using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Web.Platform;
using CommunityOfPractice.Web.Platform.Mail;

namespace CommunityOfPractice.Web.Features.Debates;

/// <summary>The debates' part of a digest: replies to the member, new posts where they follow, and windows opening or closing.</summary>
internal sealed class DebateDigestSection(DebateDigest digest, MailComposer composer) : IDigestSection
{
    public async Task<IReadOnlyList<MailSection>> GatherAsync(AppUser member, DigestPeriod period, CancellationToken cancellationToken)
    {
        var content = await digest.GatherAsync(member, period, cancellationToken);
        var sections = new List<MailSection>();
        if (content.Replies.Count > 0)
        {
            sections.Add(new(new("Replies to you"), [.. content.Replies.Select(r =>
                new MailLine(new("{0} replied to you in \"{1}\"", r.ReplierName, r.DebateTitle), composer.AbsoluteUrl($"debates/{r.DebateId}#post-{r.PostId}")))]));
        }
        if (content.Followed.Count > 0)
        {
            sections.Add(new(new("In the debates you follow"), [.. content.Followed.Select(f =>
                new MailLine(f.NewPosts == 1 ? new("1 new post in \"{0}\"", f.Title) : new("{0} new posts in \"{1}\"", f.NewPosts, f.Title),
                    composer.AbsoluteUrl($"debates/{f.DebateId}#post-{f.FirstNewPostId}")))]));
        }
        if (content.Windows.Count > 0)
        {
            sections.Add(new(new("Debates opening and closing"), [.. content.Windows.Select(w =>
                new MailLine(w.Kind switch
                {
                    DigestWindowKind.Opened => new("\"{0}\" is open until {1}", w.Title, MailComposer.When(member, w.ClosesAt)),
                    DigestWindowKind.ClosesSoon => new("\"{0}\" closes soon: {1}", w.Title, MailComposer.When(member, w.ClosesAt)),
                    DigestWindowKind.OpensSoon => new LocalizedText("\"{0}\" opens on {1}", w.Title, MailComposer.When(member, w.OpensAt)),
                    _ => throw new ArgumentOutOfRangeException(nameof(content), w.Kind, null),
                }, composer.AbsoluteUrl($"debates/{w.DebateId}")))]));
        }
        return sections;
    }
}
