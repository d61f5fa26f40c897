using CommunityOfPractice.Web.Components.Shared;

namespace CommunityOfPractice.Tests.Components;

public sealed class InitialsTests
{
    [Theory]
    [InlineData("Amina Wanjiru", "AW")]
    [InlineData("amina", "A")]
    [InlineData("Jean-Paul  de la Croix", "JD")]
    [InlineData("Ñusta Quispe", "ÑQ")]
    [InlineData("李 小龙", "李小")]
    [InlineData("  ", "?")]
    public void Two_letters_at_most_from_the_first_two_words(string name, string expected) => Assert.Equal(expected, Initials.Of(name));

    [Fact]
    public void A_name_always_gets_the_same_colour_and_white_letters_stay_readable_on_it()
    {
        Assert.Equal(Initials.Colour("Amina Wanjiru"), Initials.Colour("Amina Wanjiru"));
        Assert.NotEqual(Initials.Colour("Amina Wanjiru"), Initials.Colour("Joao Silva"));
        // The lightest hue at 30% lightness (yellow) still gives white letters 4.5:1 or more.
        for (var hue = 0; hue < 360; hue += 5)
        {
            var (r, g, b) = Rgb(hue, 0.45, 0.30);
            var contrast = 1.05 / (Luminance(r, g, b) + 0.05);
            Assert.True(contrast >= 4.5, $"Hue {hue}: white on it is {contrast:0.00}:1.");
        }
    }

    private static (double R, double G, double B) Rgb(double hue, double saturation, double lightness)
    {
        var c = (1 - Math.Abs(2 * lightness - 1)) * saturation;
        var x = c * (1 - Math.Abs(hue / 60 % 2 - 1));
        var m = lightness - c / 2;
        var (r, g, b) = hue switch { < 60 => (c, x, 0d), < 120 => (x, c, 0d), < 180 => (0d, c, x), < 240 => (0d, x, c), < 300 => (x, 0d, c), _ => (c, 0d, x) };
        return (r + m, g + m, b + m);
    }

    private static double Luminance(double r, double g, double b)
    {
        static double Linear(double v) => v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
    }
}
