using Bunit;
using CommunityOfPractice.Web.Components.Shared;
using CommunityOfPractice.Web.Platform;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Tests.Components;

/// <summary>A queue on the member's home is counted and shown only for the people its policy lets act on it.</summary>
public sealed class StaffQueueTests : BunitContext
{
    private int counted;

    public StaffQueueTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    private IRenderedComponent<StaffQueue> RenderQueue() => Render<StaffQueue>(p => p
        .Add(q => q.Policy, Policies.Moderator)
        .Add(q => q.Name, "held-posts")
        .Add(q => q.Label, "Posts waiting for approval")
        .Add(q => q.Href, "moderation#held-heading")
        .Add(q => q.Count, _ =>
        {
            counted++;
            return Task.FromResult(3);
        }));

    [Fact]
    public void A_moderator_sees_the_count_linked_to_the_queue()
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("Moderator Mo");
        authorization.SetPolicies(Policies.Member, Policies.Moderator);

        var queue = RenderQueue();

        var link = queue.Find("[data-testid=queue-held-posts] a");
        Assert.Equal("moderation#held-heading", link.GetAttribute("href"));
        Assert.Equal("3", link.QuerySelector(".badge")!.TextContent);
        Assert.Equal(1, counted);
    }

    [Fact]
    public void A_member_gets_nothing_and_the_queue_is_not_even_counted()
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("Member Meg");
        authorization.SetPolicies(Policies.Member);

        var queue = RenderQueue();

        Assert.True(string.IsNullOrWhiteSpace(queue.Markup), $"A member should get no markup at all, but got: {queue.Markup}");
        Assert.Equal(0, counted);
    }
}
