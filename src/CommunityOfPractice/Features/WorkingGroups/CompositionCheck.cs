using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>Weighs a group's appointed members against its composition rules; pure, so the page, the queue and the tests agree.</summary>
internal static class CompositionCheck
{
    public const string SizeAndRegions = "SizeAndRegions";
    public const string NcdShare = "NcdShare";

    public static Composition Evaluate(CompositionRules rules, IReadOnlyCollection<CompositionMember> members)
    {
        var size = members.Count;
        var regions = members.Where(m => m.Region is not null).Select(m => m.Region).Distinct().Count();
        var living = members.Count(m => m.Category == StakeholderCategory.PersonLivingWithNcd);
        var failures = new List<FieldError>();
        if (size < rules.MinSize || size > rules.MaxSize || regions < rules.MinRegions)
        {
            failures.Add(rules.MinSize == rules.MaxSize
                ? new(SizeAndRegions, "{0} members from at least {1} regions: {2} members, {3} regions", rules.MinSize, rules.MinRegions, size, regions)
                : new(SizeAndRegions, "{0} to {1} members from at least {2} regions: {3} members, {4} regions", rules.MinSize, rules.MaxSize, rules.MinRegions, size, regions));
        }
        // A share of nobody is no share: an empty group fails a share rule rather than dividing by zero.
        if (rules.MinNcdSharePercent is { } least && least > 0 && (size == 0 || living * 100 < least * size))
        {
            failures.Add(new(NcdShare, "At least {0}% of members living with NCDs: {1} of {2}", least, living, size));
        }
        return new Composition(size, regions, living, failures);
    }
}
