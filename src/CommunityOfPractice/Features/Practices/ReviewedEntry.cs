namespace CommunityOfPractice.Features.Practices;

/// <summary>An entry as its submitter or a curator sees it, with the review so far.</summary>
internal sealed record ReviewedEntry(Practice Practice, string SubmitterName, IReadOnlyList<PracticeReviewNote> Notes, IReadOnlyList<PracticeTheme> Themes, IReadOnlyList<PracticeAttachment> Attachments, PracticeRevision? PublicRevision, bool IsSubmitter, bool IsCurator);
