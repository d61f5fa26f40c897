using Microsoft.AspNetCore.Components;

namespace CommunityOfPractice.Web.Platform;

public static class FeatureSlotExtensions
{
    public static IServiceCollection AddToSlot<TComponent>(this IServiceCollection services, string slot, int order = 0) where TComponent : IComponent =>
        services.AddSingleton(new SlotContribution(slot, typeof(TComponent), order));
}
