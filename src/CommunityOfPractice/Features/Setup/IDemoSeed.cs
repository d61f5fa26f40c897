using System.Text.Json;

namespace CommunityOfPractice.Features.Setup;

/// <summary>
/// A feature's part of the demo community (<c>samples/demo/community.json</c>): registered by the feature, so a feature that
/// is not registered seeds nothing. Each seed is idempotent: a second load adds nothing.
/// </summary>
internal interface IDemoSeed
{
    /// <summary>The property of <c>community.json</c> this seed reads, and the noun of its count in the log.</summary>
    string Section { get; }

    /// <summary>Seeds run in ascending order, each after the seeds whose content it refers to (members come first).</summary>
    int Order { get; }

    /// <summary>Adds what <paramref name="section"/> lists and is not there yet; returns how many items it added.</summary>
    Task<int> SeedAsync(JsonElement section, DemoSeedContext context, CancellationToken cancellationToken = default);
}
