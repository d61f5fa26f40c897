using System.Text.Json;
using CommunityOfPractice.Features.Setup;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Loads the demo community from <c>samples/demo/community.json</c>: each registered feature's seed reads its section, in
/// order, through the feature's own use cases; a feature that is not registered seeds nothing. Idempotent.
/// </summary>
internal sealed class DemoCommunity(IEnumerable<IDemoSeed> seeds, TimeProvider clock, ILogger<DemoCommunity> logger)
{
    public async Task LoadAsync(string contentRoot, string? configuredPath, CancellationToken cancellationToken = default)
    {
        var path = configuredPath is { Length: > 0 } ? configuredPath : Find(contentRoot);
        if (path is null || !File.Exists(path))
        {
            logger.LogWarning("Demo data was requested but samples/demo/community.json was not found.");
            return;
        }
        using var demo = JsonDocument.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        var password = demo.RootElement.TryGetProperty("password", out var value) && value.GetString() is { Length: > 0 } text
            ? text : throw new InvalidOperationException($"{path} has no password for its members.");
        var context = new DemoSeedContext(password, clock.GetUtcNow());
        var counts = new List<string>();
        foreach (var seed in seeds.OrderBy(s => s.Order))
        {
            if (demo.RootElement.TryGetProperty(seed.Section, out var section))
            {
                counts.Add($"{await seed.SeedAsync(section, context, cancellationToken)} {seed.Section}");
            }
        }
        logger.LogInformation("Demo community loaded: {Counts} added from {Path}.", string.Join(", ", counts), path);
    }

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "demo", "community.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
