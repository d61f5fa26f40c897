namespace CommunityOfPractice.Features.Standards;

public enum ParagraphChangeKind
{
    Unchanged,
    Edited,
    /// <summary>The same paragraph (edited or not) under another number: it moved.</summary>
    Moved,
    Added,
    Removed,
}
