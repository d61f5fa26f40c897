using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>The groups' mails, written by the host in each recipient's language, into the outbox.</summary>
internal interface IWorkingGroupMail
{
    Task SendAppointedAsync(AppUser member, WorkingGroup group, CancellationToken cancellationToken = default);
    Task SendDeclinedAsync(AppUser member, WorkingGroup group, CancellationToken cancellationToken = default);
    Task SendTermEndingAsync(AppUser chair, WorkingGroup group, CancellationToken cancellationToken = default);
}
