using System.Security.Claims;
using Bunit;
using CommunityOfPractice.Web.Components.Shared;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Tests.Components;

public sealed class LocalTimeComponentTests : BunitContext
{
    private static readonly DateTimeOffset Webinar = new(2018, 6, 27, 12, 0, 0, TimeSpan.Zero);

    public LocalTimeComponentTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    [Fact]
    public void A_signed_in_viewer_sees_the_time_in_their_own_zone_with_the_offset()
    {
        var viewer = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CommunityClaims.TimeZone, "Asia/Kolkata")], "test"));
        var state = Task.FromResult(new AuthenticationState(viewer));

        var time = Render<LocalTime>(p => p.Add(c => c.Value, Webinar).AddCascadingValue(state));

        var element = time.Find("time");
        Assert.Equal("2018-06-27T12:00:00Z", element.GetAttribute("datetime"));
        Assert.Contains("17:30", element.TextContent);
        Assert.EndsWith("(UTC+05:30)", element.TextContent);
    }

    [Fact]
    public void An_anonymous_viewer_sees_UTC()
    {
        var state = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));

        var time = Render<LocalTime>(p => p.Add(c => c.Value, Webinar).AddCascadingValue(state));

        Assert.EndsWith("(UTC)", time.Find("time").TextContent);
    }
}
