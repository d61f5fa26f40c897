namespace CommunityOfPractice.Features.Practices;

internal enum PracticeSort
{
    Relevance,
    Newest,
}
