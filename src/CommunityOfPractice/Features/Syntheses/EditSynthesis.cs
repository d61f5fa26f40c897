using System.Text.Json;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>Starts a synthesis for a debate, saves its written sections, and finalises it into numbered versions.</summary>
internal sealed class EditSynthesis(CommunityDbContext db, SynthesisAccess access, SynthesisComposer composer, AuditLog audit, TimeProvider clock)
{
    public async Task<CommandResult<Synthesis>> StartAsync(Actor coordinator, int debateId, CancellationToken cancellationToken = default)
    {
        if (!await access.CanEditAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult<Synthesis>.Failed("", "Only coordinators and moderators can do this.");
        }
        var debate = await db.Debates.AsNoTracking().OfTheCommunity().SingleOrDefaultAsync(d => d.Id == debateId, cancellationToken);
        var now = clock.GetUtcNow();
        if (debate is null || !debate.IsPublished)
        {
            return CommandResult<Synthesis>.Failed("DebateId", "Choose a published debate.");
        }
        if (debate.OpensAt > now)
        {
            return CommandResult<Synthesis>.Failed("DebateId", "This debate has not opened yet: a synthesis starts once it is under way.");
        }
        if (await db.Syntheses.AnyAsync(s => s.DebateId == debateId, cancellationToken))
        {
            return CommandResult<Synthesis>.Failed("DebateId", "This debate already has a synthesis.");
        }
        var synthesis = new Synthesis { DebateId = debateId, CreatedById = coordinator.UserId, CreatedAt = now, UpdatedAt = now };
        db.Syntheses.Add(synthesis);
        audit.Record(coordinator, "synthesis.started", null, debate.Title);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Synthesis>.Failed("DebateId", "This debate already has a synthesis.");
        }
        return synthesis;
    }

    /// <summary>
    /// Saves the written sections, and the <paramref name="language"/> the document is written in when one is given
    /// ("en", "fr" or "es"), if their citations hold and nobody saved in between (<paramref name="revision"/>).
    /// </summary>
    public async Task<CommandResult> SaveAsync(Actor coordinator, int synthesisId, int revision, IReadOnlyDictionary<SynthesisSection, string> sections,
        string? language = null, CancellationToken cancellationToken = default)
    {
        if (!await access.CanEditAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult.Failed("", "Only coordinators and moderators can do this.");
        }
        var synthesis = await db.Syntheses.SingleOrDefaultAsync(s => s.Id == synthesisId, cancellationToken);
        if (synthesis is null)
        {
            return CommandResult.Failed("", "This synthesis does not exist.");
        }
        var errors = sections.Where(s => s.Value.Length > Synthesis.MaxSectionLength)
            .Select(s => new FieldError(s.Key.ToString(), "Keep each section under {0} characters.", Synthesis.MaxSectionLength)).ToList();
        if (language is not null && !Languages.IsSupported(language))
        {
            errors.Add(new FieldError(nameof(Synthesis.Language), "Choose the language of the synthesis: English, French or Spanish."));
        }
        if (errors.Count > 0)
        {
            return CommandResult.Failure(errors);
        }
        var citations = Citations.Check(sections, (await composer.ContributionsAsync(synthesis.DebateId, cancellationToken)).ToDictionary(c => c.PostId));
        if (citations.Count > 0)
        {
            return CommandResult.Failure(citations);
        }
        var now = clock.GetUtcNow();
        // A conditional update: the save lands only on the revision the coordinator opened.
        var saved = await db.Syntheses.Where(s => s.Id == synthesisId && s.Revision == revision).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Summary, sections.GetValueOrDefault(SynthesisSection.Summary, "").Trim())
            .SetProperty(s => s.Agreements, sections.GetValueOrDefault(SynthesisSection.Agreements, "").Trim())
            .SetProperty(s => s.Disagreements, sections.GetValueOrDefault(SynthesisSection.Disagreements, "").Trim())
            .SetProperty(s => s.Gaps, sections.GetValueOrDefault(SynthesisSection.Gaps, "").Trim())
            .SetProperty(s => s.Recommendations, sections.GetValueOrDefault(SynthesisSection.Recommendations, "").Trim())
            .SetProperty(s => s.Language, language ?? synthesis.Language)
            .SetProperty(s => s.UpdatedAt, now)
            .SetProperty(s => s.Revision, s => s.Revision + 1), cancellationToken);
        if (saved == 0)
        {
            return CommandResult.Failed("", "Someone else saved this synthesis after you opened it. Your text is still below: copy what you need, then reload the page.");
        }
        audit.Record(coordinator, "synthesis.saved", null, $"#{synthesisId}");
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>Freezes the saved draft into the next numbered version; the draft stays editable for a later version.</summary>
    public async Task<CommandResult<SynthesisVersion>> FinaliseAsync(Actor coordinator, int synthesisId, CancellationToken cancellationToken = default)
    {
        if (!await access.CanEditAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult<SynthesisVersion>.Failed("", "Only coordinators and moderators can do this.");
        }
        var synthesis = await db.Syntheses.AsNoTracking().SingleOrDefaultAsync(s => s.Id == synthesisId, cancellationToken);
        if (synthesis is null)
        {
            return CommandResult<SynthesisVersion>.Failed("", "This synthesis does not exist.");
        }
        var number = 1 + (await db.SynthesisVersions.Where(v => v.SynthesisId == synthesisId).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0);
        var (document, errors) = await composer.ComposeAsync(synthesis, SynthesisComposer.SectionsOf(synthesis), number, cancellationToken);
        if (document is null)
        {
            return CommandResult<SynthesisVersion>.Failure(errors);
        }
        var version = new SynthesisVersion
        {
            SynthesisId = synthesisId,
            Number = number,
            FinalisedAt = document.FinalisedAt!.Value,
            FinalisedById = coordinator.UserId,
            Document = JsonSerializer.Serialize(document, SynthesisComposer.Json),
        };
        db.SynthesisVersions.Add(version);
        audit.Record(coordinator, "synthesis.finalised", null, $"#{synthesisId} v{number}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another coordinator finalised the same number a moment earlier (unique index).
            db.ChangeTracker.Clear();
            return CommandResult<SynthesisVersion>.Failed("", "Another version was finalised at the same moment. Reload the page to see it.");
        }
        return version;
    }
}
