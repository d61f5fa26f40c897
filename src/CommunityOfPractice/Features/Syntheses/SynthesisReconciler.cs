using CommunityOfPractice.Features.Scheduling;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>A member check opens and an export runs even when their job was lost.</summary>
internal sealed class SynthesisReconciler(MemberCheck memberCheck, SynthesisExports exports) : IReconciler
{
    public string Name => "syntheses";

    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        await memberCheck.ReconcileAsync(cancellationToken);
        await exports.ReconcileAsync(cancellationToken);
    }

    /// <summary>Nothing at start-up: nothing of a synthesis is scheduled ahead, and the first run, within a minute, catches up.</summary>
    public Task<int> ReconcileAtStartUpAsync(CancellationToken cancellationToken) => Task.FromResult(0);
}
