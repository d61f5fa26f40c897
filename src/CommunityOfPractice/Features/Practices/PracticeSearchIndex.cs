using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// The full-text index of published entries: an SQLite FTS5 table (<c>PracticeSearch</c>, created by the
/// migration) whose tokenizer folds diacritics, so "sante" finds "santé". Its rowid is the entry's id; it holds
/// the public revision only. On PostgreSQL, a weighted tsvector table with accents folded by unaccent.
/// </summary>
internal sealed partial class PracticeSearchIndex(CommunityDbContext db)
{
    public const string SnippetStart = "\uE000";
    public const string SnippetEnd = "\uE001";
    public const int MaxTerms = 12;
    public const int MaxQueryLength = 200;

    private bool OnPostgreSql => db.Database.IsNpgsql();

    public async Task UpsertAsync(int practiceId, PracticeContent content, CancellationToken cancellationToken = default)
    {
        await RemoveAsync(practiceId, cancellationToken);
        await InsertAsync(practiceId, content, cancellationToken);
    }

    private Task InsertAsync(int practiceId, PracticeContent content, CancellationToken cancellationToken) => OnPostgreSql
        // Weighted like SQLite's bm25 columns: title A, summary and keywords B, body C; accents folded by unaccent.
        ? db.Database.ExecuteSqlAsync($"""
            INSERT INTO "PracticeSearch" ("Id", "Document") VALUES ({practiceId},
                setweight(to_tsvector('simple', unaccent({content.Title})), 'A')
                || setweight(to_tsvector('simple', unaccent({content.Summary} || ' ' || {Keywords(content)})), 'B')
                || setweight(to_tsvector('simple', unaccent({content.Body})), 'C'))
            """, cancellationToken)
        : db.Database.ExecuteSqlAsync($"INSERT INTO PracticeSearch(rowid, Title, Summary, Body, Keywords) VALUES ({practiceId}, {content.Title}, {content.Summary}, {content.Body}, {Keywords(content)})", cancellationToken);

    public async Task RemoveAsync(int practiceId, CancellationToken cancellationToken = default)
    {
        if (OnPostgreSql)
        {
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "PracticeSearch" WHERE "Id" = {practiceId}""", cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM PracticeSearch WHERE rowid = {practiceId}", cancellationToken);
        }
    }

    /// <summary>Re-fills the index from the public revisions when it does not hold exactly them (a restored backup, bulk-loaded data).</summary>
    public async Task<bool> EnsureCompleteAsync(CancellationToken cancellationToken = default)
    {
        var published = await db.Practices.CountAsync(p => p.PublicRevisionId != null, cancellationToken);
        var indexed = OnPostgreSql
            ? await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM "PracticeSearch" """).SingleAsync(cancellationToken)
            : await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM PracticeSearch").SingleAsync(cancellationToken);
        if (published == indexed)
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await (OnPostgreSql
            ? db.Database.ExecuteSqlAsync($"""DELETE FROM "PracticeSearch" """, cancellationToken)
            : db.Database.ExecuteSqlAsync($"DELETE FROM PracticeSearch", cancellationToken));
        var revisions = db.Practices.AsNoTracking().Where(p => p.PublicRevisionId != null)
            .Join(db.PracticeRevisions.AsNoTracking(), p => p.PublicRevisionId, r => r.Id, (p, r) => new { p.Id, r.Content })
            .AsAsyncEnumerable();
        await foreach (var revision in revisions.WithCancellation(cancellationToken))
        {
            await InsertAsync(revision.Id, revision.Content, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Ids of the entries matching <paramref name="match"/> (see <see cref="ToMatch"/>), best first.</summary>
    public async Task<IReadOnlyList<int>> MatchAsync(string match, CancellationToken cancellationToken = default)
    {
        if (OnPostgreSql)
        {
            // Every word required, each as a prefix, accents folded: the same contract as FTS5 on SQLite.
            var query = string.Join(" & ", QuotedTerm().Matches(match).Select(m => $"'{PracticeSlug.Fold(m.Groups[1].Value)}':*"));
            return await db.Database.SqlQuery<int>($$"""
                SELECT "Id" AS "Value" FROM "PracticeSearch", to_tsquery('simple', {{query}}) AS q
                WHERE "Document" @@ q ORDER BY ts_rank('{0.1, 0.1, 0.4, 1.0}', "Document", q) DESC, "Id" DESC
                """).ToListAsync(cancellationToken);
        }
        // Title counts most, then the summary and keywords, then the body.
        var ids = new List<int>();
        await using var command = await CommandAsync("SELECT rowid FROM PracticeSearch WHERE PracticeSearch MATCH $match ORDER BY bm25(PracticeSearch, 10.0, 4.0, 1.0, 3.0)", match, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }
        return ids;
    }

    /// <summary>
    /// Passages around the matches for <paramref name="ids"/>, with <see cref="SnippetStart"/> and
    /// <see cref="SnippetEnd"/> around each matched word (characters no one types, replaced after HTML-encoding).
    /// Cut here from the entry's own words on both databases: FTS5's snippet() runs the whole prefix match again for
    /// each entry (25 ms for a page of twenty at 50,000 entries), and PostgreSQL's ts_headline would quote the
    /// accent-folded text.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, string>> SnippetsAsync(string match, IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        var snippets = new Dictionary<int, string>();
        if (ids.Count == 0)
        {
            return snippets;
        }
        var terms = QuotedTerm().Matches(match).Select(m => PracticeSlug.Fold(m.Groups[1].Value)).ToList();
        foreach (var (id, title, summary, body) in await TextsAsync(ids, cancellationToken))
        {
            if ((Passage(body, terms) ?? Passage(summary, terms) ?? Passage(title, terms)) is { } passage)
            {
                snippets[id] = passage;
            }
        }
        return snippets;
    }

    /// <summary>The indexed title, summary and body of each of <paramref name="ids"/>.</summary>
    private async Task<List<(int Id, string Title, string Summary, string Body)>> TextsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (OnPostgreSql)
        {
            return (await db.Practices.AsNoTracking().Where(p => ids.Contains(p.Id) && p.PublicRevisionId != null)
                .Join(db.PracticeRevisions.AsNoTracking(), p => p.PublicRevisionId, r => r.Id, (p, r) => new { p.Id, r.Content.Title, r.Content.Summary, r.Content.Body })
                .ToListAsync(cancellationToken))
                .Select(e => (e.Id, e.Title, e.Summary, e.Body)).ToList();
        }
        // The index keeps its own copy of the public revision's text: one read by rowid.
        var texts = new List<(int, string, string, string)>();
        var sql = $"SELECT rowid, Title, Summary, Body FROM PracticeSearch WHERE rowid IN ({string.Join(',', ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        await using var command = await CommandAsync(sql, null, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            texts.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        return texts;
    }

    /// <summary>
    /// Turns what someone typed into a safe FTS5 query: every word quoted and matched as a prefix, all words
    /// required. Operators, quotes and other syntax are dropped, never passed through. Null when no word is left.
    /// </summary>
    public static string? ToMatch(string? text) => Terms(text) is { Count: > 0 } terms ? string.Join(' ', terms.Select(t => $"\"{t}\"*")) : null;

    /// <summary>The words of a search: letters and digits, at most <see cref="MaxTerms"/>, each at most 40 characters.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var normalized = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        return Word().Matches(normalized.Normalize(NormalizationForm.FormC))
            .Select(m => m.Value.Length > 40 ? m.Value[..40] : m.Value)
            // FTS5 keywords are only operators in upper case outside quotes; quoted, they are words like any other.
            .Select(w => w.ToLowerInvariant())
            .Distinct()
            .Take(MaxTerms)
            .ToList();
    }

    /// <summary>Tags, organisations and country names in the three languages, so "Sénégal" finds a Senegalese practice.</summary>
    public static string Keywords(PracticeContent content)
    {
        var countries = content.CountryList.Select(CountryCatalog.Find).Where(c => c is not null).SelectMany(c => new[] { c!.NameEn, c.NameFr, c.NameEs }).Distinct();
        return string.Join(' ', content.TagList.Concat(content.OrganisationList).Concat(countries));
    }

    [GeneratedRegex("\"([^\"]+)\"\\*")]
    private static partial Regex QuotedTerm();

    /// <summary>About 32 words around the first word that begins with a term, matched words marked, like FTS5's snippet().</summary>
    public static string? Passage(string text, IReadOnlyList<string> foldedTerms)
    {
        // The words as ranges of the text: only the passage's own words become strings.
        var words = new List<(int Start, int Length)>();
        for (var at = 0; at < text.Length;)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }
            var start = at;
            while (at < text.Length && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }
            if (at > start)
            {
                words.Add((start, at - start));
            }
        }
        // Folded once, as a whole; when folding changed the text's length (decomposed accents), word by word.
        var folded = PracticeSlug.Fold(text);
        var aligned = folded.Length == text.Length;
        // Like the index's tokenizer, a word is matched by any of its runs of letters and digits: "(co-design" by "design".
        bool Matches(int i)
        {
            var word = aligned ? folded.AsSpan(words[i].Start, words[i].Length) : PracticeSlug.Fold(text.Substring(words[i].Start, words[i].Length)).AsSpan();
            for (var at = 0; at < word.Length; at++)
            {
                if (char.IsLetterOrDigit(word[at]) && (at == 0 || !char.IsLetterOrDigit(word[at - 1])))
                {
                    foreach (var term in foldedTerms)
                    {
                        if (word[at..].StartsWith(term, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
        var first = -1;
        for (var i = 0; i < words.Count && first < 0; i++)
        {
            first = Matches(i) ? i : -1;
        }
        if (first < 0)
        {
            return null;
        }
        var from = Math.Max(0, first - 8);
        var to = Math.Min(words.Count, from + 32);
        var passage = new StringBuilder(from > 0 ? "…" : "");
        for (var i = from; i < to; i++)
        {
            var word = text.AsSpan(words[i].Start, words[i].Length);
            passage.Append(i > from ? " " : "");
            _ = Matches(i) ? passage.Append(SnippetStart).Append(word).Append(SnippetEnd) : passage.Append(word);
        }
        return passage.Append(to < words.Count ? "…" : "").ToString();
    }

    private async Task<DbCommand> CommandAsync(string sql, string? match, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (match is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$match";
            parameter.Value = match;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    [GeneratedRegex(@"[\p{L}\p{N}\p{Mn}]+")]
    private static partial Regex Word();
}
