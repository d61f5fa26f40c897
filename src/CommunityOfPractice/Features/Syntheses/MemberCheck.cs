using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// The member check: the draft is opened to the debate's participants for a time-boxed window, decided by the clock
/// like a debate's; they comment on sections and may endorse it. A job tells them when it opens, once per window.
/// </summary>
internal sealed class MemberCheck(CommunityDbContext db, SynthesisAccess access, ISynthesisScheduler scheduler, ISynthesisMail mail, AuditLog audit, TimeProvider clock)
{
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(30);

    public async Task<CommandResult> ScheduleAsync(Actor coordinator, int synthesisId, DateTimeOffset opensAt, DateTimeOffset closesAt, CancellationToken cancellationToken = default)
    {
        if (!await access.CanEditAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult.Failed("", "Only coordinators and moderators can do this.");
        }
        var synthesis = await db.Syntheses.Include(s => s.Debate).SingleOrDefaultAsync(s => s.Id == synthesisId, cancellationToken);
        if (synthesis is null)
        {
            return CommandResult.Failed("", "This synthesis does not exist.");
        }
        var now = clock.GetUtcNow();
        if (closesAt <= opensAt)
        {
            return CommandResult.Failed("ReviewClosesAt", "The review must close after it opens.");
        }
        if (closesAt <= now)
        {
            return CommandResult.Failed("ReviewClosesAt", "The review must close in the future.");
        }
        if (closesAt - opensAt > LongestWindow)
        {
            return CommandResult.Failed("ReviewClosesAt", "A review lasts at most {0} days.", (int)LongestWindow.TotalDays);
        }
        synthesis.ReviewOpensAt = opensAt < now ? now : opensAt;
        synthesis.ReviewClosesAt = closesAt;
        audit.Record(coordinator, "synthesis.member-check", null, $"#{synthesisId} {synthesis.ReviewOpensAt:u} – {closesAt:u}");
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleMemberCheck(synthesisId, synthesis.ReviewOpensAt.Value);
        return CommandResult.Success;
    }

    /// <summary>Mails the participants once the window has opened, once per window; safe to run any number of times.</summary>
    public async Task AnnounceAsync(int synthesisId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var synthesis = await db.Syntheses.AsNoTracking().Include(s => s.Debate).SingleOrDefaultAsync(s => s.Id == synthesisId, cancellationToken);
        if (synthesis?.MemberCheckAt(now) != MemberCheckState.Open)
        {
            return;
        }
        var opens = synthesis.ReviewOpensAt;
        var claimed = await db.Syntheses
            .Where(s => s.Id == synthesisId && s.ReviewOpensAt == opens && (s.ReviewAnnouncedFor == null || s.ReviewAnnouncedFor != opens))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.ReviewAnnouncedFor, opens), cancellationToken);
        if (claimed == 0)
        {
            return;
        }
        var participants = await db.Users.AsNoTracking()
            .Where(u => access.ParticipantIds(synthesis.DebateId).Contains(u.Id) && u.DeletedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var participant in participants)
        {
            await mail.SendMemberCheckOpenedAsync(participant, synthesis, synthesis.Debate!.Title, cancellationToken);
        }
    }

    /// <summary>Every open member check not yet announced: what a lost job missed.</summary>
    public async Task ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.Syntheses.AsNoTracking()
            .Where(s => s.ReviewOpensAt != null && s.ReviewClosesAt != null && (s.ReviewAnnouncedFor == null || s.ReviewAnnouncedFor != s.ReviewOpensAt))
            .Select(s => new { s.Id, s.ReviewOpensAt, s.ReviewClosesAt })
            .ToListAsync(cancellationToken);
        foreach (var synthesis in due.Where(s => s.ReviewOpensAt <= now && now < s.ReviewClosesAt))
        {
            await AnnounceAsync(synthesis.Id, cancellationToken);
        }
        foreach (var synthesis in due.Where(s => s.ReviewOpensAt > now))
        {
            scheduler.ScheduleMemberCheck(synthesis.Id, synthesis.ReviewOpensAt!.Value);
        }
    }

    public async Task<CommandResult> CommentAsync(Actor participant, int synthesisId, SynthesisSection section, string? text, CancellationToken cancellationToken = default)
    {
        var (synthesis, refusal) = await OpenForAsync(participant, synthesisId, cancellationToken);
        if (refusal is not null)
        {
            return CommandResult.Failure([refusal]);
        }
        text = text?.Trim() ?? "";
        if (!Enum.IsDefined(section))
        {
            return CommandResult.Failed("Section", "Choose a section.");
        }
        if (text.Length == 0)
        {
            return CommandResult.Failed("Text", "Write your comment.");
        }
        if (text.Length > SynthesisComment.MaxLength)
        {
            return CommandResult.Failed("Text", "Keep your comment under {0} characters.", SynthesisComment.MaxLength);
        }
        db.SynthesisComments.Add(new SynthesisComment { SynthesisId = synthesis!.Id, Section = section, AuthorId = participant.UserId, Text = text, At = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    public async Task<CommandResult> EndorseAsync(Actor participant, int synthesisId, bool endorse, CancellationToken cancellationToken = default)
    {
        var (synthesis, refusal) = await OpenForAsync(participant, synthesisId, cancellationToken);
        if (refusal is not null)
        {
            return CommandResult.Failure([refusal]);
        }
        var existing = await db.SynthesisEndorsements.SingleOrDefaultAsync(e => e.SynthesisId == synthesis!.Id && e.UserId == participant.UserId, cancellationToken);
        if (endorse && existing is null)
        {
            db.SynthesisEndorsements.Add(new SynthesisEndorsement { SynthesisId = synthesis!.Id, UserId = participant.UserId, At = clock.GetUtcNow() });
        }
        else if (!endorse && existing is not null)
        {
            db.SynthesisEndorsements.Remove(existing);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person endorsing twice at once: the first one counts.
            db.ChangeTracker.Clear();
        }
        return CommandResult.Success;
    }

    public async Task<MemberCheckView> ViewAsync(Synthesis synthesis, CancellationToken cancellationToken = default)
    {
        var comments = await db.SynthesisComments.AsNoTracking().Where(c => c.SynthesisId == synthesis.Id)
            .OrderBy(c => c.Id)
            .Select(c => new SynthesisCommentView(c.Id, c.Section, c.Author!.DisplayName, c.Text, c.At))
            .ToListAsync(cancellationToken);
        var endorsers = await db.SynthesisEndorsements.AsNoTracking().Where(e => e.SynthesisId == synthesis.Id)
            .OrderBy(e => e.At).Select(e => e.User!.DisplayName).ToListAsync(cancellationToken);
        return new MemberCheckView(comments, endorsers, await access.ParticipantIds(synthesis.DebateId).CountAsync(cancellationToken));
    }

    public Task<bool> HasEndorsedAsync(string userId, int synthesisId, CancellationToken cancellationToken = default) =>
        db.SynthesisEndorsements.AnyAsync(e => e.SynthesisId == synthesisId && e.UserId == userId, cancellationToken);

    private async Task<(Synthesis? Synthesis, FieldError? Refusal)> OpenForAsync(Actor participant, int synthesisId, CancellationToken cancellationToken)
    {
        var synthesis = await db.Syntheses.AsNoTracking().SingleOrDefaultAsync(s => s.Id == synthesisId, cancellationToken);
        if (synthesis is null)
        {
            return (null, new FieldError("", "This synthesis does not exist."));
        }
        if (!await access.IsParticipantAsync(participant.UserId, synthesis.DebateId, cancellationToken))
        {
            return (null, new FieldError("", "Only the debate's participants take part in its member check."));
        }
        return synthesis.MemberCheckAt(clock.GetUtcNow()) switch
        {
            MemberCheckState.Open => (synthesis, null),
            MemberCheckState.Closed => (null, new FieldError("", "The review of this synthesis has closed.")),
            _ => (null, new FieldError("", "The review of this synthesis is not open.")),
        };
    }
}
