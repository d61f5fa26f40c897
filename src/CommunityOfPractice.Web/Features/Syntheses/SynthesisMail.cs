using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Syntheses;

/// <summary>The member check's opening mail, in each participant's language.</summary>
internal sealed class SynthesisMail(MailComposer composer) : ISynthesisMail
{
    public Task SendMemberCheckOpenedAsync(AppUser participant, Synthesis synthesis, string debateTitle, CancellationToken cancellationToken = default) =>
        participant.Email is null
            ? Task.CompletedTask
            : composer.SendAsync(participant,
                new("Your review is asked: synthesis of \"{0}\"", debateTitle),
                [
                    new("You took part in the debate \"{0}\". Its draft synthesis is open for review by the participants until {1}.", debateTitle, synthesis.ReviewClosesAt!.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)),
                    new("Check that it reflects the debate fairly: comment on any section, and endorse it if you agree."),
                ],
                (new LocalizedText("Review the draft"), composer.AbsoluteUrl($"syntheses/{synthesis.Id}/review")), cancellationToken);
}
