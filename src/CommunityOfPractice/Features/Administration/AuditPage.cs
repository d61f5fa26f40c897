namespace CommunityOfPractice.Features.Administration;

internal sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total, int Page)
{
    public int PageCount => Math.Max(1, (Total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
}
