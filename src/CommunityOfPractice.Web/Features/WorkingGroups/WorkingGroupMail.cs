using CommunityOfPractice.Data;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.WorkingGroups;

/// <summary>The groups' mails, each with the link to the group's space (or the list, for a declined applicant).</summary>
internal sealed class WorkingGroupMail(MailComposer composer) : IWorkingGroupMail
{
    public Task SendAppointedAsync(AppUser member, WorkingGroup group, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("You are a member of the working group \"{0}\"", group.Name),
            [new("You have been appointed to the working group \"{0}\" until {1:yyyy-MM-dd}. Its space holds its mandate, its members and its debates.", group.Name, group.EndsOn)],
            (new LocalizedText("Go to the group"), composer.AbsoluteUrl($"groups/{group.Id}")), cancellationToken);

    public Task SendDeclinedAsync(AppUser member, WorkingGroup group, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("Your application to the working group \"{0}\"", group.Name),
            [new("Your application to the working group \"{0}\" was not accepted this time. Thank you for offering your time.", group.Name)],
            (new LocalizedText("See the working groups"), composer.AbsoluteUrl("groups")), cancellationToken);

    public Task SendTermEndingAsync(AppUser chair, WorkingGroup group, CancellationToken cancellationToken = default) =>
        composer.SendAsync(chair,
            new("The term of the working group \"{0}\" ends in 30 days", group.Name),
            [new("The term of the working group \"{0}\", which you chair, ends on {1:yyyy-MM-dd}. After that its space stays readable, but it takes no more appointments or debates. Ask a coordinator if the term should be renewed.", group.Name, group.EndsOn)],
            (new LocalizedText("Go to the group"), composer.AbsoluteUrl($"groups/{group.Id}")), cancellationToken);
}
