namespace CommunityOfPractice.Features.Standards;

public enum DiffRunKind
{
    Unchanged,
    Deleted,
    Inserted,
}
