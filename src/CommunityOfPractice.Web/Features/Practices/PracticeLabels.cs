using System.Net;
using CommunityOfPractice.Features.Practices;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Features.Practices;

/// <summary>The localized names and small renderings the repository's pages share.</summary>
internal static class PracticeLabels
{
    public static IReadOnlyList<InvolvementTypes> EachInvolvement { get; } = Enum.GetValues<InvolvementTypes>().Where(t => t != InvolvementTypes.None).ToList();

    public static string Involvement(IStringLocalizer L, InvolvementTypes type) => type switch
    {
        InvolvementTypes.CoDesign => L["Co-design"],
        InvolvementTypes.GovernanceSeat => L["Seat in governance"],
        InvolvementTypes.Advocacy => L["Advocacy"],
        InvolvementTypes.PeerSupport => L["Peer support"],
        InvolvementTypes.ResearchPartnership => L["Research partnership"],
        InvolvementTypes.ServiceDelivery => L["Service delivery"],
        InvolvementTypes.Other => L["Other"],
        _ => type.ToString(),
    };

    public static string Status(IStringLocalizer L, PracticeStatus status) => status switch
    {
        PracticeStatus.Draft => L["Draft"],
        PracticeStatus.Submitted => L["With the curators"],
        PracticeStatus.ChangesRequested => L["Changes asked"],
        PracticeStatus.Published => L["Published"],
        PracticeStatus.Rejected => L["Not published"],
        PracticeStatus.Unpublished => L["Withdrawn"],
        _ => status.ToString(),
    };

    public static string Action(IStringLocalizer L, PracticeReviewAction action) => action switch
    {
        PracticeReviewAction.Submitted => L["Submitted"],
        PracticeReviewAction.Comment => L["Comment"],
        PracticeReviewAction.ChangesRequested => L["Changes asked"],
        PracticeReviewAction.Published => L["Published"],
        PracticeReviewAction.Rejected => L["Not published"],
        PracticeReviewAction.Unpublished => L["Withdrawn"],
        _ => action.ToString(),
    };

    /// <summary>The search snippet with its matched words in <c>mark</c>; everything else is encoded text.</summary>
    public static MarkupString Snippet(string snippet)
    {
        var html = new System.Text.StringBuilder();
        foreach (var (part, index) in snippet.Split(PracticeSearchIndex.SnippetStart).Select((p, i) => (p, i)))
        {
            var end = part.IndexOf(PracticeSearchIndex.SnippetEnd, StringComparison.Ordinal);
            if (index > 0 && end >= 0)
            {
                html.Append("<mark>").Append(WebUtility.HtmlEncode(part[..end])).Append("</mark>").Append(WebUtility.HtmlEncode(part[(end + 1)..].Replace(PracticeSearchIndex.SnippetEnd, "")));
            }
            else
            {
                html.Append(WebUtility.HtmlEncode(part.Replace(PracticeSearchIndex.SnippetEnd, "")));
            }
        }
        return new MarkupString(html.ToString());
    }
}
