namespace CommunityOfPractice.Features.Syntheses;

public enum SynthesisSection
{
    Summary,
    Agreements,
    Disagreements,
    Gaps,
    Recommendations,
}
