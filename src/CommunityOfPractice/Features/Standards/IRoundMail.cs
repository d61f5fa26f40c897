using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Standards;

/// <summary>Consultation round mails, written by the host in each recipient's language.</summary>
internal interface IRoundMail
{
    Task SendOpenedAsync(AppUser member, StandardDocument document, ConsultationRound round, CancellationToken cancellationToken = default);
    Task SendClosingSoonAsync(AppUser member, StandardDocument document, ConsultationRound round, CancellationToken cancellationToken = default);
    Task SendClosedAsync(AppUser member, StandardDocument document, ConsultationRound round, CancellationToken cancellationToken = default);
}
