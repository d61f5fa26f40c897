using System.Text.Json;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Syntheses.Formats;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>Exports of finalised versions: requested by coordinators, produced by a background job, kept for download.</summary>
internal sealed class SynthesisExports(CommunityDbContext db, SynthesisAccess access, SynthesisComposer composer, ISynthesisScheduler scheduler, SynthesisExportNotifier notifier,
    MarkdownRenderer markdown, IFileStore files, AuditLog audit, TimeProvider clock, ILogger<SynthesisExports> logger, Microsoft.Extensions.Options.IOptions<SynthesisOptions> options)
{
    /// <summary>A running export not heard of for this long is taken as lost with its process.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(10);

    public async Task<CommandResult<SynthesisExport>> RequestAsync(Actor coordinator, int versionId, ExportFormat format, CancellationToken cancellationToken = default)
    {
        if (!await access.CanEditAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult<SynthesisExport>.Failed("", "Only coordinators and moderators can do this.");
        }
        if (!Enum.IsDefined(format))
        {
            return CommandResult<SynthesisExport>.Failed("", "Choose a format.");
        }
        var version = await db.SynthesisVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (version is null)
        {
            return CommandResult<SynthesisExport>.Failed("", "Only finalised versions can be exported.");
        }
        var export = new SynthesisExport { VersionId = versionId, Format = format, Status = ExportStatus.Queued, RequestedById = coordinator.UserId, RequestedAt = clock.GetUtcNow() };
        db.SynthesisExports.Add(export);
        audit.Record(coordinator, "synthesis.export-requested", null, $"#{version.SynthesisId} v{version.Number} {format}");
        await db.SaveChangesAsync(cancellationToken);
        scheduler.QueueExport(export.Id);
        await notifier.PublishAsync(new ExportProgress(version.SynthesisId, export.Id, export.Status, 0));
        return export;
    }

    /// <summary>Produces the file of one export. Claimed by a conditional update, so a repeated job does nothing.</summary>
    public async Task RunAsync(int exportId, CancellationToken cancellationToken = default)
    {
        var claimed = await db.SynthesisExports.Where(e => e.Id == exportId && e.Status == ExportStatus.Queued)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, ExportStatus.Running).SetProperty(e => e.StartedAt, clock.GetUtcNow()), cancellationToken);
        if (claimed == 0)
        {
            return;
        }
        var export = await db.SynthesisExports.AsNoTracking().Include(e => e.Version).SingleAsync(e => e.Id == exportId, cancellationToken);
        var synthesisId = export.Version!.SynthesisId;
        var lastReported = 0;
        async Task ReportAsync(int percent)
        {
            if (percent >= lastReported + 10 && percent < 100)
            {
                lastReported = percent;
                await db.SynthesisExports.Where(e => e.Id == exportId).ExecuteUpdateAsync(set => set.SetProperty(e => e.Progress, percent), cancellationToken);
                await notifier.PublishAsync(new ExportProgress(synthesisId, exportId, ExportStatus.Running, percent));
            }
        }
        try
        {
            var document = JsonSerializer.Deserialize<SynthesisDocument>(export.Version.Document, SynthesisComposer.Json)!;
            var posts = export.Format == ExportFormat.Csv ? await PostsAsync(document.Debate.Id, cancellationToken) : null;
            var progress = new SynchronousProgress(percent => ReportAsync(percent).GetAwaiter().GetResult());
            // The store keeps the file whole or not at all: a failed export leaves nothing behind to clean up.
            var size = await files.WriteAsync(KeyOf(export), (file, token) => SynthesisFormats.WriteAsync(export.Format, document, posts, markdown, file, progress, options.Value.Publisher, token), cancellationToken);
            await db.SynthesisExports.Where(e => e.Id == exportId).ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, ExportStatus.Done).SetProperty(e => e.Progress, 100)
                .SetProperty(e => e.Size, size).SetProperty(e => e.CompletedAt, clock.GetUtcNow()), cancellationToken);
            await notifier.PublishAsync(new ExportProgress(synthesisId, exportId, ExportStatus.Done, 100));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Export {ExportId} failed.", exportId);
            await db.SynthesisExports.Where(e => e.Id == exportId).ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, ExportStatus.Failed).SetProperty(e => e.Error, "The export failed. Request it again; if it fails again, tell an administrator.")
                .SetProperty(e => e.CompletedAt, clock.GetUtcNow()), CancellationToken.None);
            await notifier.PublishAsync(new ExportProgress(synthesisId, exportId, ExportStatus.Failed, lastReported));
        }
    }

    /// <summary>Queued exports whose job was lost are queued again; running ones abandoned by a stopped process are marked failed.</summary>
    public async Task ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var queued = await db.SynthesisExports.Where(e => e.Status == ExportStatus.Queued).Select(e => new { e.Id, e.RequestedAt }).ToListAsync(cancellationToken);
        foreach (var export in queued.Where(e => now - e.RequestedAt > TimeSpan.FromMinutes(1)))
        {
            scheduler.QueueExport(export.Id);
        }
        var running = await db.SynthesisExports.Where(e => e.Status == ExportStatus.Running).Select(e => new { e.Id, e.StartedAt }).ToListAsync(cancellationToken);
        foreach (var export in running.Where(e => e.StartedAt is { } started && now - started > Abandoned))
        {
            await db.SynthesisExports.Where(e => e.Id == export.Id && e.Status == ExportStatus.Running).ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, ExportStatus.Failed).SetProperty(e => e.Error, "The export was interrupted. Request it again."), cancellationToken);
        }
    }

    public Task<DebatePosts> PostsAsync(int debateId, CancellationToken cancellationToken = default) => composer.PostsAsync(debateId, cancellationToken);

    public async Task<IReadOnlyList<SynthesisExport>> OfAsync(int synthesisId, CancellationToken cancellationToken = default) =>
        await db.SynthesisExports.AsNoTracking().Include(e => e.Version)
            .Where(e => e.Version!.SynthesisId == synthesisId)
            .OrderByDescending(e => e.Id).Take(50).ToListAsync(cancellationToken);

    /// <summary>A finished export's file, for a coordinator to download.</summary>
    public async Task<FileDownload?> FileAsync(string userId, int exportId, CancellationToken cancellationToken = default)
    {
        if (!await access.CanEditAsync(userId, cancellationToken))
        {
            return null;
        }
        var export = await db.SynthesisExports.AsNoTracking().Include(e => e.Version).SingleOrDefaultAsync(e => e.Id == exportId && e.Status == ExportStatus.Done, cancellationToken);
        return export is not null && await files.OpenReadAsync(KeyOf(export), cancellationToken) is { } content
            ? new FileDownload(content, SynthesisFormats.ContentType(export.Format), $"synthesis-{export.Version!.SynthesisId}-v{export.Version.Number}.{SynthesisFormats.Extension(export.Format)}")
            : null;
    }

    private static string KeyOf(SynthesisExport export) => $"exports/{export.Id}.{SynthesisFormats.Extension(export.Format)}";

    /// <summary>Progress reported on the writer's own thread, in order (<see cref="Progress{T}"/> would post it elsewhere).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
