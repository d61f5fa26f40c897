namespace CommunityOfPractice.Features.Membership;

internal sealed record DirectoryPage(IReadOnlyList<MemberCard> Members, int Total, int Page)
{
    public int PageCount => Math.Max(1, (Total + MemberDirectory.PageSize - 1) / MemberDirectory.PageSize);
}
