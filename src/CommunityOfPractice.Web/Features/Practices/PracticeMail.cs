using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Web.Features.Practices;

/// <summary>Review mails: curators hear of each submission, the submitter of each step, in their own language.</summary>
internal sealed class PracticeMail(MailComposer composer, UserManager<AppUser> users, CommunityDbContext db) : IPracticeMail
{
    public async Task SendSubmittedAsync(Practice practice, CancellationToken cancellationToken = default)
    {
        var curators = (await users.GetUsersInRoleAsync(Roles.Moderator)).Where(u => u.Email is not null && u.DeletedAt is null);
        foreach (var curator in curators)
        {
            await composer.SendAsync(curator,
                new("Good practice to review: \"{0}\"", practice.Content.Title),
                [new("\"{0}\" was submitted to the repository of good practices and waits for a curator.", practice.Content.Title)],
                (new LocalizedText("Review it"), composer.AbsoluteUrl($"moderation/practices/{practice.Id}")), cancellationToken);
        }
    }

    public async Task SendDecisionAsync(Practice practice, PracticeReviewAction action, string? text, CancellationToken cancellationToken = default)
    {
        var submitter = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == practice.SubmitterId, cancellationToken);
        if (submitter?.Email is null || submitter.DeletedAt is not null)
        {
            return;
        }
        var title = practice.Content.Title;
        var (subject, paragraph) = action switch
        {
            PracticeReviewAction.Published => (new LocalizedText("Published: \"{0}\"", title), new LocalizedText("Your good practice \"{0}\" is now in the public repository.", title)),
            PracticeReviewAction.ChangesRequested => (new("Changes asked: \"{0}\"", title), new("A curator asks you to change \"{0}\" before it is published. Edit it and submit it again.", title)),
            PracticeReviewAction.Rejected => (new("Not published: \"{0}\"", title), new("A curator decided not to publish \"{0}\".", title)),
            PracticeReviewAction.Unpublished => (new("Withdrawn from the repository: \"{0}\"", title), new("A curator withdrew \"{0}\" from the public repository.", title)),
            PracticeReviewAction.Comment => (new LocalizedText("A curator commented on \"{0}\"", title), new LocalizedText("A curator commented on your good practice \"{0}\".", title)),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
        List<LocalizedText> paragraphs = [paragraph];
        if (text is not null)
        {
            paragraphs.Add(new("The curator wrote: {0}", text));
        }
        var link = action == PracticeReviewAction.Published
            ? (new LocalizedText("See it in the repository"), composer.AbsoluteUrl($"practices/{practice.Slug}"))
            : (new LocalizedText("See your submission"), composer.AbsoluteUrl($"practices/submit/{practice.Id}"));
        await composer.SendAsync(submitter, subject, paragraphs, link, cancellationToken);
    }
}
