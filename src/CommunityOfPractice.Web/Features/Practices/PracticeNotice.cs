namespace CommunityOfPractice.Web.Features.Practices;

public sealed record PracticeNotice(string Parameter, string Message);
