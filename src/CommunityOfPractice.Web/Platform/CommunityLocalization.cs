using System.Globalization;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Data;
using Microsoft.AspNetCore.Localization;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// English, French and Spanish. A person's language comes from <c>?culture=</c>, then the cookie it sets,
/// then their profile, then the browser.
/// </summary>
internal static class CommunityLocalization
{
    public static IServiceCollection AddCommunityLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Supported.Select(l => new CultureInfo(l)).ToList();
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
                new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(context =>
                {
                    var language = context.User.FindFirst(CommunityClaims.Language)?.Value;
                    return Task.FromResult(Languages.IsSupported(language) ? new ProviderCultureResult(language) : null);
                }),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static IApplicationBuilder UseCommunityLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>
    /// Runs after authentication: the profile provider above needs the user, so the culture is settled
    /// again here, and a <c>?culture=</c> choice is remembered in a cookie and in the member's profile.
    /// </summary>
    public static IApplicationBuilder UseRememberedCulture(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var chosen = context.Request.Query["culture"].ToString();
        if (Languages.IsSupported(chosen))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            // The cookie only: a GET changes no stored data (another site could link to it). The language mails are
            // written in is the profile's, changed with the profile form.
        }
        else if (!context.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)
            && context.User.FindFirst(CommunityClaims.Language)?.Value is { } language && Languages.IsSupported(language))
        {
            var culture = new CultureInfo(language);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }
        await next();
    });

    /// <summary>Runs <paramref name="action"/> in a person's language, as mail to them must be.</summary>
    public static Task InLanguageAsync(string? language, Func<Task> action)
    {
        var target = new CultureInfo(Languages.IsSupported(language) ? language! : "en");
        return InCultureAsync(target, target, action);
    }

    /// <summary>Runs <paramref name="action"/> in the given cultures and puts the caller's back afterwards.</summary>
    public static async Task InCultureAsync(CultureInfo culture, CultureInfo uiCulture, Func<Task> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        try
        {
            await action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    public static string LanguageOf(AppUser user) => Languages.IsSupported(user.PreferredLanguage) ? user.PreferredLanguage : "en";
}
