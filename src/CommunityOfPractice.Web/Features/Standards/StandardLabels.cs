using CommunityOfPractice.Features.Standards;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>The words the standards' pages use for stages and answers, in the reader's language.</summary>
internal static class StandardLabels
{
    public static string Stage(IStringLocalizer L, StandardStage stage) => stage switch
    {
        StandardStage.Draft => L["Draft"],
        StandardStage.RoundScheduled => L["Consultation coming"],
        StandardStage.RoundOpen => L["Consultation open"],
        StandardStage.Answering => L["Drafters answering"],
        StandardStage.Published => L["Published"],
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public static string Answer(IStringLocalizer L, ProposalAnswer answer) => answer switch
    {
        ProposalAnswer.Accepted => L["Accepted"],
        ProposalAnswer.AcceptedWithChanges => L["Accepted with changes"],
        ProposalAnswer.Declined => L["Declined"],
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    public static string FlagReason(IStringLocalizer L, CommunityOfPractice.Features.Debates.FlagReason reason) => reason switch
    {
        CommunityOfPractice.Features.Debates.FlagReason.Spam => L["Spam"],
        CommunityOfPractice.Features.Debates.FlagReason.Abusive => L["Abusive"],
        CommunityOfPractice.Features.Debates.FlagReason.OffTopic => L["Off-topic"],
        CommunityOfPractice.Features.Debates.FlagReason.DisclosesHealthInformation => L["Discloses someone's health information"],
        CommunityOfPractice.Features.Debates.FlagReason.Other => L["Other"],
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
