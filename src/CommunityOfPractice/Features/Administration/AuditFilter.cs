namespace CommunityOfPractice.Features.Administration;

internal sealed record AuditFilter(string? Action = null, string? Person = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 1)
{
    public const int PageSize = 50;
}
