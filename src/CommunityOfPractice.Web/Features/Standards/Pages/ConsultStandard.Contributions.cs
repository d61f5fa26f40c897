using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Web.Features.Standards.Pages.Consultation;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Components;

namespace CommunityOfPractice.Web.Features.Standards.Pages;

/// <summary>
/// What members and moderators post on the consultation page: each plain form posts back to the page, and the part of
/// the page that renders it calls these (<see cref="IConsultationActions"/>). A refusal stays on the page beside the
/// form with what was typed; a success leaves for the section shown, at the contribution.
/// </summary>
public partial class ConsultStandard : IConsultationActions
{
    [Inject]
    private CommentOnParagraph Comment { get; set; } = default!;

    [Inject]
    private ProposeWording Propose { get; set; } = default!;

    [Inject]
    private SupportProposal Support { get; set; } = default!;

    [Inject]
    private HideContribution Hide { get; set; } = default!;

    [Inject]
    private ConsultationNotifier Notifier { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    string IConsultationActions.ViewerId => viewerId;

    bool IConsultationActions.IsModerator => isModerator;

    bool IConsultationActions.Open => open;

    string? IConsultationActions.PostedForm => postedForm;

    // Forms post back to the section they are on, without the last action's "done" message.
    string IConsultationActions.FormAction => StandardsWeb.ConsultLink(Slug, shown?.Number ?? "");

    bool IConsultationActions.Shows(string form) => open || form == postedForm;

    IReadOnlyList<string> IConsultationActions.ErrorsOf(string form) => errors.TryGetValue(form, out var list) ? list : [];

    string IConsultationActions.Posted(string form, string field, string fallback) =>
        form == postedForm ? HttpContext.Request.Form[field].ToString() : fallback;

    private string Here(string anchor, string done) => StandardsWeb.ConsultLink(Slug, shown?.Number ?? "", anchor, done);

    private QuotingConsent? PostedConsent()
    {
        var value = HttpContext.Request.Form["Consent"].ToString();
        if (value.Length == 0)
        {
            return null;
        }
        // A tampered value arrives undefined, for the core to refuse.
        return Enum.TryParse<QuotingConsent>(value, out var consent) ? consent : (QuotingConsent)(-1);
    }

    private void Refuse(string form, IEnumerable<FieldError> refusals)
    {
        errors[form] = refusals.Select(e => L[e.Message, e.Arguments].Value).ToList();
        // Called from a paragraph's part, which renders again by itself: the page renders too, as it did when it held the forms.
        StateHasChanged();
    }

    private Actor Me => new(viewerId, HttpContext.User.FindFirst(CommunityClaims.DisplayName)?.Value ?? "");

    async Task IConsultationActions.CommentAsync(StandardParagraph paragraph)
    {
        var command = new ContributionCommand(view!.Round!.Id, paragraph.Key, HttpContext.Request.Form["Text"], Consent: PostedConsent());
        var (comment, refusals) = await Comment.HandleAsync(viewerId, command);
        if (comment is null)
        {
            Refuse($"comment-{paragraph.Key}", refusals);
            return;
        }
        Navigation.NavigateTo(Here($"comment-{comment.Id}", "comment"), forceLoad: true);
    }

    async Task IConsultationActions.ProposeAsync(StandardParagraph paragraph)
    {
        var command = new ContributionCommand(view!.Round!.Id, paragraph.Key, HttpContext.Request.Form["Text"], HttpContext.Request.Form["Reason"], PostedConsent());
        var (proposal, refusals) = await Propose.HandleAsync(viewerId, command);
        if (proposal is null)
        {
            Refuse($"propose-{paragraph.Key}", refusals);
            return;
        }
        Navigation.NavigateTo(Here($"proposal-{proposal.Id}", "proposal"), forceLoad: true);
    }

    async Task IConsultationActions.SupportAsync(long proposalId)
    {
        var result = await Support.HandleAsync(viewerId, proposalId);
        if (!result.Succeeded)
        {
            Refuse($"support-{proposalId}", result.Errors);
            return;
        }
        // Committed: the other open pages hear the new count.
        await Notifier.PublishAsync(new ConsultationEvent(view!.Round!.Id, proposalId, await Desk.SupportCountAsync(proposalId)));
        Navigation.NavigateTo(Here($"proposal-{proposalId}", "support"), forceLoad: true);
    }

    async Task IConsultationActions.HideAsync(long commentId, string paragraphNumber)
    {
        var result = await Hide.HandleAsync(Me, ContributionKind.Comment, commentId, HttpContext.Request.Form["Reason"]);
        if (!result.Succeeded)
        {
            Refuse($"hide-{commentId}", result.Errors);
            return;
        }
        Navigation.NavigateTo(Here($"p{paragraphNumber}", "hidden"), forceLoad: true);
    }
}
