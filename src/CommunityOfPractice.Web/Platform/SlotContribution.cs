namespace CommunityOfPractice.Web.Platform;

/// <summary>One feature's component in one slot; lower <see cref="Order"/> comes first.</summary>
public sealed record SlotContribution(string Slot, Type Component, int Order);
