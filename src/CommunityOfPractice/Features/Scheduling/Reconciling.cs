namespace CommunityOfPractice.Features.Scheduling;

internal static class Reconciling
{
    /// <summary>
    /// The start-up catch-up of a feature that schedules jobs per item: what is overdue is done (<paramref name="reconciled"/>),
    /// then each item still ahead has its jobs scheduled again. Returns how many items there were.
    /// </summary>
    public static async Task<int> ThenScheduleAsync<TItem>(Task<IReadOnlyList<TItem>> reconciled, Action<TItem> schedule)
    {
        var items = await reconciled;
        foreach (var item in items)
        {
            schedule(item);
        }
        return items.Count;
    }
}
