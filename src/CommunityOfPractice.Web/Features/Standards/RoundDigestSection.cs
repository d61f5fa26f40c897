using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Web.Platform;
using CommunityOfPractice.Web.Platform.Mail;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>The standards' part of a digest: consultations that opened, close soon, or closed.</summary>
internal sealed class RoundDigestSection(StandardDesk desk, MailComposer composer) : IDigestSection
{
    public async Task<IReadOnlyList<MailSection>> GatherAsync(AppUser member, DigestPeriod period, CancellationToken cancellationToken)
    {
        var news = await desk.DigestAsync(member, period, cancellationToken);
        if (news.Count == 0)
        {
            return [];
        }
        return [new(new("Consultations on standards"), [.. news.Select(n => new MailLine(n.News switch
        {
            DigestRoundNews.Opened => new("The consultation on \"{0}\" is open until {1}", n.Document.Title, MailComposer.When(member, n.Round.ClosesAt)),
            DigestRoundNews.ClosesSoon => new LocalizedText("The consultation on \"{0}\" closes soon: {1}", n.Document.Title, MailComposer.When(member, n.Round.ClosesAt)),
            DigestRoundNews.Closed => new LocalizedText("The consultation on \"{0}\" is closed", n.Document.Title),
            _ => throw new ArgumentOutOfRangeException(nameof(news), n.News, null),
        }, composer.AbsoluteUrl($"standards/{n.Document.Slug}/consult")))])];
    }
}
