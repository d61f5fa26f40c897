using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.WorkingGroups;

namespace CommunityOfPractice.Tests.WorkingGroups;

public sealed class CompositionCheckTests
{
    private static readonly CompositionRules Advocacy = new(MinSize: 6, MaxSize: 8, MinRegions: 3, MinNcdSharePercent: null);

    private static List<CompositionMember> Members(params (WhoRegion? Region, StakeholderCategory Category)[] members) =>
        members.Select(m => new CompositionMember(m.Region, m.Category)).ToList();

    private static List<CompositionMember> Spread(int count, params WhoRegion[] regions) =>
        Enumerable.Range(0, count).Select(i => new CompositionMember(regions[i % regions.Length], StakeholderCategory.Other)).ToList();

    private static string Words(FieldError failure) => string.Format(System.Globalization.CultureInfo.InvariantCulture, failure.Message, failure.Arguments);

    [Fact]
    public void A_group_within_its_size_and_regions_meets_its_rules_at_both_size_limits()
    {
        foreach (var size in new[] { 6, 8 })
        {
            var composition = CompositionCheck.Evaluate(Advocacy, Spread(size, WhoRegion.Africa, WhoRegion.Europe, WhoRegion.Americas));
            Assert.True(composition.MeetsRules, $"{size} members from 3 regions should meet 6-8 from 3, but: {string.Join("; ", composition.Failures.Select(Words))}");
            Assert.Equal((size, 3), (composition.Size, composition.Regions));
        }
    }

    [Fact]
    public void Each_failing_rule_is_named_in_words_with_the_figures_that_break_it()
    {
        var twoRegions = CompositionCheck.Evaluate(Advocacy, Spread(7, WhoRegion.Africa, WhoRegion.Europe));
        Assert.Equal("6 to 8 members from at least 3 regions: 7 members, 2 regions", Words(Assert.Single(twoRegions.Failures)));
        Assert.Equal(CompositionCheck.SizeAndRegions, twoRegions.Failures[0].Field);

        Assert.Equal("6 to 8 members from at least 3 regions: 5 members, 3 regions",
            Words(Assert.Single(CompositionCheck.Evaluate(Advocacy, Spread(5, WhoRegion.Africa, WhoRegion.Europe, WhoRegion.Americas)).Failures)));
        Assert.Equal("6 to 8 members from at least 3 regions: 9 members, 3 regions",
            Words(Assert.Single(CompositionCheck.Evaluate(Advocacy, Spread(9, WhoRegion.Africa, WhoRegion.Europe, WhoRegion.Americas)).Failures)));
        // A fixed size reads as one number.
        Assert.Equal("5 members from at least 1 regions: 4 members, 1 regions",
            Words(Assert.Single(CompositionCheck.Evaluate(new CompositionRules(5, 5, 1, null), Spread(4, WhoRegion.Africa)).Failures)));
    }

    [Fact]
    public void Members_of_unknown_countries_count_in_the_size_but_add_no_region()
    {
        var members = Members((null, StakeholderCategory.Other), (null, StakeholderCategory.Other), (WhoRegion.Africa, StakeholderCategory.Other),
            (WhoRegion.Africa, StakeholderCategory.Other), (WhoRegion.Europe, StakeholderCategory.Other), (WhoRegion.Europe, StakeholderCategory.Other));
        var composition = CompositionCheck.Evaluate(Advocacy, members);
        Assert.Equal((6, 2), (composition.Size, composition.Regions));
        Assert.False(composition.MeetsRules, "Two known regions should not meet a rule of three, however many members have no region.");
    }

    [Fact]
    public void The_share_of_people_living_with_NCDs_is_met_exactly_at_its_percentage_and_fails_one_member_short()
    {
        var rules = Advocacy with { MinNcdSharePercent = 25 };
        var regions = new[] { WhoRegion.Africa, WhoRegion.Europe, WhoRegion.Americas };
        List<CompositionMember> WithLiving(int size, int living) =>
            Enumerable.Range(0, size).Select(i => new CompositionMember(regions[i % 3], i < living ? StakeholderCategory.PersonLivingWithNcd : StakeholderCategory.Other)).ToList();

        Assert.True(CompositionCheck.Evaluate(rules, WithLiving(8, 2)).MeetsRules, "2 of 8 is exactly 25 % and should meet a 25 % rule.");
        var short1 = CompositionCheck.Evaluate(rules, WithLiving(7, 1));
        Assert.Equal("At least 25% of members living with NCDs: 1 of 7", Words(Assert.Single(short1.Failures)));
        Assert.Equal(CompositionCheck.NcdShare, short1.Failures[0].Field);

        // An empty group fails both its size and its share, without dividing by zero; a 0 % rule is no rule.
        Assert.Equal(2, CompositionCheck.Evaluate(rules, []).Failures.Count);
        Assert.Single(CompositionCheck.Evaluate(Advocacy with { MinNcdSharePercent = 0 }, []).Failures);
    }
}
