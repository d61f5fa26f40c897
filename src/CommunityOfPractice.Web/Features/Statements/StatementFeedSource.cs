using System.Net;
using CommunityOfPractice.Features.Statements;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Statements;

/// <summary>Each published statement is an entry of the public feed.</summary>
internal sealed class StatementFeedSource(PublishedStatements statements) : IAtomFeedSource
{
    public async Task<IReadOnlyList<AtomFeedEntry>> LatestAsync(int count, CancellationToken cancellationToken) =>
        (await statements.ListAsync(cancellationToken))
            .Take(count)
            .Select(s => new AtomFeedEntry(s.Title, $"statements/{s.Slug}", s.PublishedAt!.Value, s.PublishedAt.Value, s.Title, WebUtility.HtmlEncode(s.Title), s.Language, []))
            .ToList();

    public Task<DateTimeOffset> LastChangedAsync(CancellationToken cancellationToken) => statements.LastChangedAsync(cancellationToken);
}
