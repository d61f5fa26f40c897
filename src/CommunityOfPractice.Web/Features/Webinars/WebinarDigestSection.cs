using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Web.Platform;
using CommunityOfPractice.Web.Platform.Mail;

namespace CommunityOfPractice.Web.Features.Webinars;

/// <summary>The webinars' part of a digest: the ones coming soon and the ones just announced, with the member's seat.</summary>
internal sealed class WebinarDigestSection(WebinarDigest digest, MailComposer composer) : IDigestSection
{
    public async Task<IReadOnlyList<MailSection>> GatherAsync(AppUser member, DigestPeriod period, CancellationToken cancellationToken)
    {
        var webinars = await digest.GatherAsync(member, period, cancellationToken);
        return webinars.Count == 0 ? [] :
        [
            new(new("Upcoming webinars"), [.. webinars.Select(w => new MailLine(
                w.Registered
                    ? new("\"{0}\", {1}: you are registered", w.Title, MailComposer.When(member, w.StartsAt))
                    : new LocalizedText("\"{0}\", {1}", w.Title, MailComposer.When(member, w.StartsAt)),
                composer.AbsoluteUrl($"webinars/{w.Id}")))]),
        ];
    }
}
