using CommunityOfPractice.Features.Standards;

namespace CommunityOfPractice.Web.Features.Standards.Pages.Consultation;

/// <summary>
/// What a paragraph's contributions and forms read and do, carried out by the consultation page that holds them. The
/// forms are plain forms posted back to the page: it knows which one was posted, its refusals and the text it keeps.
/// Each form is rendered by the part that shows it, so the POST's render finds it there and calls the page through this.
/// </summary>
public interface IConsultationActions
{
    string ViewerId { get; }

    /// <summary>Staff may hide a comment.</summary>
    bool IsModerator { get; }

    /// <summary>The round takes the viewer's contributions now.</summary>
    bool Open { get; }

    /// <summary>The name of the form this request posted, if it posted one.</summary>
    string? PostedForm { get; }

    /// <summary>Where every form posts: the section shown, without the last action's "done" message.</summary>
    string FormAction { get; }

    /// <summary>
    /// A contribution form is shown while the round is open; the one just posted is shown whatever the clock says, so
    /// a contribution sent as the window closed gets its refusal beside the text it keeps.
    /// </summary>
    bool Shows(string form);

    /// <summary>The refusals of a form, empty unless it is the one just posted.</summary>
    IReadOnlyList<string> ErrorsOf(string form);

    /// <summary>What was typed in a field of the form just posted, or <paramref name="fallback"/> for any other form.</summary>
    string Posted(string form, string field, string fallback);

    Task CommentAsync(StandardParagraph paragraph);

    Task ProposeAsync(StandardParagraph paragraph);

    Task SupportAsync(long proposalId);

    Task HideAsync(long commentId, string paragraphNumber);
}
