using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Syntheses.Formats;
using CommunityOfPractice.Features.Webinars;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// Generates a synthesis document from its debate: details, webinar, questions, figures, highlights, sections. Its own
/// words (title, headings, attributions, figure labels) are written in the synthesis's language.
/// </summary>
internal sealed class SynthesisComposer(CommunityDbContext db, TimeProvider clock)
{

    /// <summary>The JSON export's serializer settings; its schema is served at <c>/api/syntheses/schema.json</c>.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public async Task<List<DebateContribution>> ContributionsAsync(int debateId, CancellationToken cancellationToken = default) =>
        await db.Posts.AsNoTracking()
            .Where(p => p.DebateId == debateId)
            .OrderBy(p => p.Id)
            .Select(p => new DebateContribution(p.Id, p.ParentId, p.QuestionId, p.Kind, p.Status, p.Consent, p.IsHighlighted, p.CreatedAt, p.Markdown,
                p.AuthorId, p.Author!.DisplayName, p.Author.Category, p.Author.NcdAreas, p.Author.CountryCode, p.Author.DeletedAt != null,
                p.Author.ShowCategory, p.Author.ShowCountry))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Every post of the debate for the posts CSV, with each guiding question's number as the debate shows it (creating
    /// a debate numbers its questions from 1).
    /// </summary>
    public async Task<DebatePosts> PostsAsync(int debateId, CancellationToken cancellationToken = default) =>
        new(await ContributionsAsync(debateId, cancellationToken),
            await db.GuidingQuestions.AsNoTracking().Where(q => q.DebateId == debateId).ToDictionaryAsync(q => q.Id, q => q.Order, cancellationToken));

    /// <summary>The document for <paramref name="synthesis"/> as its sections stand, or the citation errors that stop it.</summary>
    public async Task<CommandResult<SynthesisDocument>> ComposeAsync(
        Synthesis synthesis, IReadOnlyDictionary<SynthesisSection, string> sections, int? version, CancellationToken cancellationToken = default)
    {
        var debate = await db.Debates.AsNoTracking().Include(d => d.Questions).SingleAsync(d => d.Id == synthesis.DebateId, cancellationToken);
        var webinar = await db.Webinars.AsNoTracking().OfTheCommunity()
            .Where(w => w.DebateId == debate.Id && w.CancelledAt == null)
            .OrderBy(w => w.StartsAt)
            .Select(w => new WebinarDetails(w.Title, w.StartsAt, w.RecordingUrl))
            .FirstOrDefaultAsync(cancellationToken);
        var contributions = await ContributionsAsync(debate.Id, cancellationToken);
        var byId = contributions.ToDictionary(c => c.PostId);
        var errors = Citations.Check(sections, byId);
        if (errors.Count > 0)
        {
            return CommandResult<SynthesisDocument>.Failure(errors);
        }
        var text = SynthesisText.For(synthesis.Language);
        var (resolved, footnotes) = Citations.Resolve(Enum.GetValues<SynthesisSection>().Select(s => (s, sections.GetValueOrDefault(s, ""))), byId, text);
        var now = clock.GetUtcNow();
        var document = new SynthesisDocument(
            synthesis.Id,
            version,
            version is null ? null : now,
            now,
            text.Title(debate.Title),
            new DebateDetails(debate.Id, debate.Title, debate.Summary, debate.OpensAt, debate.ClosesAt),
            webinar,
            debate.Questions.OrderBy(q => q.Order).Select(q => q.Text).ToList(),
            Participation.Count(contributions, text),
            Highlights(debate.Questions, contributions, byId, text),
            resolved,
            footnotes,
            text.Language);
        return document;
    }

    public static IReadOnlyDictionary<SynthesisSection, string> SectionsOf(Synthesis synthesis) =>
        Enum.GetValues<SynthesisSection>().ToDictionary(s => s, synthesis.Section);

    private static List<QuestionHighlights> Highlights(IEnumerable<GuidingQuestion> questions, List<DebateContribution> contributions, Dictionary<long, DebateContribution> byId, SynthesisText text)
    {
        // A reply belongs to the question its thread was started under.
        int? QuestionOf(DebateContribution post)
        {
            for (var depth = 0; post.QuestionId is null && post.ParentId is { } parent && byId.TryGetValue(parent, out var up) && depth < 16; depth++)
            {
                post = up;
            }
            return post.QuestionId;
        }
        var highlighted = contributions.Where(c => c.IsHighlighted && c.Status == PostStatus.Published).ToLookup(QuestionOf);
        var groups = questions.OrderBy(q => q.Order).Select(q => (Text: q.Text, Posts: highlighted[q.Id], Other: false)).ToList();
        var known = questions.Select(q => (int?)q.Id).ToHashSet();
        groups.Add((text.OtherContributions, highlighted.Where(g => !known.Contains(g.Key)).SelectMany(g => g), Other: true));
        return groups
            .Where(g => !g.Other || g.Posts.Any())
            .Select(g => new QuestionHighlights(g.Text,
                g.Posts.Where(p => p.MayBeQuoted).Select(p => new Quote(p.PostId, p.Markdown, p.AttributionIn(text)!)).ToList(),
                g.Posts.Count(p => !p.MayBeQuoted)))
            .ToList();
    }
}
