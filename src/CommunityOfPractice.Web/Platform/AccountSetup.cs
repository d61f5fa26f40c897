using CommunityOfPractice.Data;
using CommunityOfPractice.Web.Components.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Accounts: ASP.NET Core Identity (confirmed email, 12-character passwords, lockout, two factors, passkeys), its
/// cookies (Secure and host-prefixed when served over TLS), the authorization policies, and sessions checked against
/// the account every minute and at once after a change.
/// </summary>
internal static class AccountSetup
{
    public static IServiceCollection AddCommunityAccounts(this IServiceCollection services, bool servedOverTls)
    {
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, AccountChangesInCircuits>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, CommunityAuthorizationResultHandler>();
        services.AddIdentityCore<AppUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CommunityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CommunityClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<GuessablePasswords>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            // A hub or API client cannot follow a redirect to a sign-in page: it gets the status it can act on.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            options.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
            options.Events.OnSigningIn = SessionValidation.OnSigningIn;
            if (servedOverTls)
            {
                // Sent over HTTPS only, and, by its prefix, never set by a subdomain or for another path.
                options.Cookie.Name = "__Host-cop.session";
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            }
        });

        if (servedOverTls)
        {
            services.AddAntiforgery(options =>
            {
                options.Cookie.Name = "__Host-cop.antiforgery";
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            });
            foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
            {
                services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, options => options.Cookie.SecurePolicy = CookieSecurePolicy.Always);
            }
        }

        // Sessions are checked against the account every minute (a removed role, a deleted account), and at once
        // after a change this node or another heard of.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddSingleton<RecentAccountChanges>();
        return services;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/hubs") || context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            // As it is: a readable error page is for people, and re-running a page for a POST fails its antiforgery check.
            // The API's own answer (problem details) is written by its branch of the pipeline (PlatformSetup).
            if (context.Request.Path.StartsWithSegments("/hubs") && context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
