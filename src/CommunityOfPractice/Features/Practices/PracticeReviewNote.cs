namespace CommunityOfPractice.Features.Practices;

/// <summary>A step of the review: submissions, curators' comments and decisions, each with its text.</summary>
public sealed class PracticeReviewNote
{
    public long Id { get; set; }
    public int PracticeId { get; set; }
    public string AuthorId { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public PracticeReviewAction Action { get; set; }
    public string? Text { get; set; }
    public DateTimeOffset At { get; set; }
}
