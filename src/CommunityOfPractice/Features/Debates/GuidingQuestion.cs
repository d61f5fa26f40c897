namespace CommunityOfPractice.Features.Debates;

public sealed class GuidingQuestion
{
    public const int TextLength = 1000;

    public int Id { get; set; }
    public int DebateId { get; set; }
    public int Order { get; set; }
    public string Text { get; set; } = "";
    /// <summary>The day of the window this question is the focus of, if any.</summary>
    public DateOnly? FocusDay { get; set; }
}
