namespace CommunityOfPractice.Features.Practices;

/// <summary>A published entry as the public sees it: its public revision, never the working copy.</summary>
internal sealed record PublicEntry(Practice Practice, PracticeRevision Revision, IReadOnlyList<PracticeTheme> Themes, IReadOnlyList<PracticeTranslation> Translations, IReadOnlyList<PracticeAttachment> Attachments);
