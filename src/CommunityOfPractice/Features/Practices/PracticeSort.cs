namespace CommunityOfPractice.Features.Practices;

public enum PracticeSort
{
    Relevance,
    Newest,
}
