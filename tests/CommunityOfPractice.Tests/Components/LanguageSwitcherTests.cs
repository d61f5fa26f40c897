using System.Globalization;
using Bunit;
using CommunityOfPractice.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Tests.Components;

public sealed class LanguageSwitcherTests : BunitContext
{
    public LanguageSwitcherTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    [Fact]
    public void The_current_language_is_marked_and_the_others_link_to_themselves_on_the_same_page()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("fr");
        try
        {
            Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().NavigateTo("members?q=amina");

            var switcher = Render<LanguageSwitcher>();

            var current = switcher.Find("[aria-current=true]");
            Assert.Equal("Français", current.TextContent);
            var links = switcher.FindAll("a");
            Assert.Equal(2, links.Count);
            Assert.All(links, a => Assert.Contains("members?q=amina", a.GetAttribute("href")));
            Assert.Contains(links, a => a.GetAttribute("href")!.EndsWith("culture=es", StringComparison.Ordinal) && a.GetAttribute("lang") == "es");
            Assert.Contains(links, a => a.GetAttribute("href")!.EndsWith("culture=en", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
