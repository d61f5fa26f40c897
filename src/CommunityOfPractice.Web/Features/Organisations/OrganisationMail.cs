using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Organisations;

/// <summary>An organisation's application mails, each with the link to the applicant's page for it.</summary>
internal sealed class OrganisationMail(MailComposer composer) : IOrganisationMail
{
    public Task SendReceivedAsync(AppUser applicant, Organisation organisation, CancellationToken cancellationToken = default) =>
        composer.SendAsync(applicant,
            new("We received the application of {0}", organisation.Name),
            [new("Thank you for applying on behalf of {0}. A moderator will read its adhesion letter and decide soon; we will write to you then.", organisation.Name)],
            (new LocalizedText("See the application"), Link(organisation)), cancellationToken);

    public Task SendApprovedAsync(AppUser applicant, Organisation organisation, CancellationToken cancellationToken = default) =>
        composer.SendAsync(applicant,
            new("{0} is now a member organisation", organisation.Name),
            [new("The application of {0} has been approved. It is in the directory of organisations, and you are its representative.", organisation.Name)],
            (new LocalizedText("See the organisation"), composer.AbsoluteUrl($"organisations/{organisation.Id}")), cancellationToken);

    public Task SendRejectedAsync(AppUser applicant, Organisation organisation, string reason, CancellationToken cancellationToken = default) =>
        composer.SendAsync(applicant,
            new("About the application of {0}", organisation.Name),
            [new("We are sorry: the application of {0} was not accepted.", organisation.Name), new("The moderator's reason: {0}", reason)],
            (new LocalizedText("See the application"), Link(organisation)), cancellationToken);

    public Task SendInformationRequestedAsync(AppUser applicant, Organisation organisation, string question, CancellationToken cancellationToken = default) =>
        composer.SendAsync(applicant,
            new("A question about the application of {0}", organisation.Name),
            [new("A moderator needs more information before deciding on the application of {0}.", organisation.Name), new("Their question: {0}", question)],
            (new LocalizedText("Answer the question"), Link(organisation)), cancellationToken);

    private string Link(Organisation organisation) => composer.AbsoluteUrl($"organisations/applications/{organisation.Id}");
}
