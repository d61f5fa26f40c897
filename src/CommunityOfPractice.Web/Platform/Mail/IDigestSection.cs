using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;

namespace CommunityOfPractice.Web.Platform.Mail;

/// <summary>
/// A feature's part of a member's digest: its titled lists for the period, in the order the features were added
/// (nothing when it has nothing to tell). Removing a feature removes its part.
/// </summary>
internal interface IDigestSection
{
    Task<IReadOnlyList<MailSection>> GatherAsync(AppUser member, DigestPeriod period, CancellationToken cancellationToken);
}
