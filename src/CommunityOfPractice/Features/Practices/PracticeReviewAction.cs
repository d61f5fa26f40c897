namespace CommunityOfPractice.Features.Practices;

public enum PracticeReviewAction
{
    Submitted,
    Comment,
    ChangesRequested,
    Published,
    Rejected,
    Unpublished,
}
