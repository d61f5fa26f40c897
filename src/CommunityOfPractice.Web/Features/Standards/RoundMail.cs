using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>The round mails, each with the link to the consultation; members turn them off as they turn off debate mails.</summary>
internal sealed class RoundMail(MailComposer composer) : IRoundMail
{
    public Task SendOpenedAsync(AppUser member, StandardDocument document, ConsultationRound round, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("The consultation on \"{0}\" is open", document.Title),
            [new("The consultation on the standard \"{0}\" is open until {1}. Comment on its paragraphs, propose wording and support the proposals of others.", document.Title, MailComposer.When(member, round.ClosesAt))],
            (new LocalizedText("Take part in the consultation"), Link(document)), MailKind.Debates, cancellationToken);

    public Task SendClosingSoonAsync(AppUser member, StandardDocument document, ConsultationRound round, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("The consultation on \"{0}\" closes in 48 hours", document.Title),
            [new("The consultation on the standard \"{0}\" closes on {1}. There is still time to take part.", document.Title, MailComposer.When(member, round.ClosesAt))],
            (new LocalizedText("Take part in the consultation"), Link(document)), MailKind.Debates, cancellationToken);

    public Task SendClosedAsync(AppUser member, StandardDocument document, ConsultationRound round, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("The consultation on \"{0}\" is closed", document.Title),
            [new("The consultation on the standard \"{0}\" is closed. The drafters will now answer every proposal; their answers will be shown on the consultation page.", document.Title)],
            (new LocalizedText("See the consultation"), Link(document)), MailKind.Debates, cancellationToken);

    private string Link(StandardDocument document) => composer.AbsoluteUrl($"standards/{document.Slug}/consult");
}
