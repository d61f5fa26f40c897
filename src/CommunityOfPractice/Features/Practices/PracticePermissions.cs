namespace CommunityOfPractice.Features.Practices;

/// <summary>Who may do what to an entry, at which step of its review. Pure, so every rule has a unit test.</summary>
internal static class PracticePermissions
{
    /// <summary>The submitter edits their entry while it is theirs: a draft, or sent back to them.</summary>
    public static bool CanEdit(PracticeStatus status, bool isSubmitter, bool isCurator) =>
        (isSubmitter && status is PracticeStatus.Draft or PracticeStatus.ChangesRequested)
        // A curator may correct a submitted entry (a typo, a broken link) before publishing it.
        || (isCurator && status is PracticeStatus.Submitted or PracticeStatus.Published);

    public static bool CanSubmit(PracticeStatus status, bool isSubmitter) =>
        isSubmitter && status is PracticeStatus.Draft or PracticeStatus.ChangesRequested;

    /// <summary>Whether a curator's decision applies to an entry in <paramref name="status"/>.</summary>
    public static bool CanDecide(PracticeReviewAction action, PracticeStatus status, bool isCurator) => isCurator && action switch
    {
        PracticeReviewAction.Comment => status is not PracticeStatus.Draft,
        PracticeReviewAction.ChangesRequested => status is PracticeStatus.Submitted,
        PracticeReviewAction.Rejected => status is PracticeStatus.Submitted,
        // Publishing again after a curator's edit makes a new revision.
        PracticeReviewAction.Published => status is PracticeStatus.Submitted or PracticeStatus.Published or PracticeStatus.Unpublished,
        PracticeReviewAction.Unpublished => status is PracticeStatus.Published,
        _ => false,
    };

    /// <summary>Members see their own entries and curators see every one but drafts; the public sees published revisions only.</summary>
    public static bool CanView(PracticeStatus status, bool isSubmitter, bool isCurator) =>
        isSubmitter || (isCurator && status is not PracticeStatus.Draft);

    public static PracticeStatus After(PracticeReviewAction action) => action switch
    {
        PracticeReviewAction.Submitted => PracticeStatus.Submitted,
        PracticeReviewAction.ChangesRequested => PracticeStatus.ChangesRequested,
        PracticeReviewAction.Published => PracticeStatus.Published,
        PracticeReviewAction.Rejected => PracticeStatus.Rejected,
        PracticeReviewAction.Unpublished => PracticeStatus.Unpublished,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
