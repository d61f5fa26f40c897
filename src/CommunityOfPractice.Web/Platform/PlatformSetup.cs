using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Web.Components.Account;
using CommunityOfPractice.Web.Platform.Mail;
using CommunityOfPractice.Web.Platform.ScaleOut;
using Hangfire;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace CommunityOfPractice.Web.Platform;

/// <summary>The cross-cutting parts every feature relies on: data, identity, languages, mail, jobs, protection.</summary>
internal static class PlatformSetup
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;

        var data = new DataFolder(Path.Combine(builder.Environment.ContentRootPath, configuration["DataDirectory"] is { Length: > 0 } dir ? dir : "data"));
        services.AddSingleton(data);
        services.AddSingleton(TimeProvider.System);
        var site = PublicSite.From(configuration, builder.Environment);
        services.AddSingleton(site);
        PublicSite.RestrictHosts(services, configuration, builder.Environment, site);

        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Default") is { Length: > 0 } configured
            ? configured
            : provider == DatabaseProvider.Sqlite
                ? DataServiceCollectionExtensions.SqliteConnectionString(data)
                : throw new InvalidOperationException("Database:Provider=PostgreSql needs ConnectionStrings:Default.");
        services.AddCommunityData(provider, connectionString);
        services.AddFileStore(provider, connectionString, data);
        services.AddHealthChecks().AddDbContextCheck<CommunityDbContext>("database", tags: [ScaleOut.ScaleOutSetup.ReadyTag]);

        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(data.Root, "keys")));

        // The debate room's text area sends a whole post (up to 20,000 characters in any script) in one message.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = Features.Debates.DebatesWeb.MaximumMessageBytes);
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html", "application/json", "application/atom+xml"];
        });
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
            if (ServedOverTls(builder, site))
            {
                // Sent over HTTPS only, and, by its prefix, never set by a subdomain or for another path.
                options.Cookie.Name = "__Host-cop.session";
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            }
        });

        if (ServedOverTls(builder, site))
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

        services.AddCommunityLocalization();
        services.AddFormRateLimits(configuration);

        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        if (string.IsNullOrEmpty(configuration["Mail:SmtpHost"]))
        {
            services.AddSingleton<IMailSender, FileMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        services.AddScoped<MailComposer>();
        services.AddMailOutbox();
        services.AddScoped<DemoCommunity>();

        // This host's own job storage and job activator, registered before AddHangfire, which would otherwise hand every
        // host the process-wide JobStorage.Current and JobActivator.Current, both set by whichever host was configured
        // last. Two hosts in one process (a restart, the test suite's hosts) then shared one storage, disposed by the
        // first to stop, and ran each other's jobs with the other host's services and database.
        services.AddSingleton<JobStorage>(_ => provider == DatabaseProvider.PostgreSql
            ? JobStorages.PostgreSql(connectionString)
            : JobStorages.Embedded(configuration, data));
        services.AddSingleton<JobActivator>(jobServices => new Hangfire.AspNetCore.AspNetCoreJobActivator(jobServices.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((jobServices, hangfire) =>
        {
            hangfire.UseLogProvider(new HostLogProvider(jobServices.GetRequiredService<ILoggerFactory>()));
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
        });
        services.AddHangfireServer(options =>
        {
            // Time-boxed windows must be seen to open and close within seconds, not the default 15.
            options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
        });
        builder.AddScaleOut();
        return builder;
    }

    /// <summary>
    /// Outside Development, with an https <c>PublicBaseUrl</c>: every cookie is Secure and host-prefixed. A TLS-terminating
    /// proxy must be named in <c>ReverseProxy:KnownProxies</c> so the app sees those requests as HTTPS. An http address
    /// (the compose sample on a laptop) keeps plain cookies: Secure ones would not be accepted over it.
    /// </summary>
    private static bool ServedOverTls(WebApplicationBuilder builder, PublicSite site) =>
        !builder.Environment.IsDevelopment() && site.BaseUrl.Scheme == Uri.UriSchemeHttps;

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/hubs") || context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            // As it is: a readable error page is for people, and re-running a page for a POST fails its antiforgery check.
            if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
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

    /// <summary>
    /// An anonymous view of the public repository: compressed, cacheable, and served as a plain page without Blazor's
    /// script (nothing on it is interactive; links load pages as any site's do).
    /// </summary>
    internal static bool IsPublicView(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && (context.Request.Path.StartsWithSegments("/practices") || context.Request.Path.StartsWithSegments("/api/practices"))
        && !context.Request.Path.StartsWithSegments("/practices/submit") && !context.Request.Path.StartsWithSegments("/practices/mine");

    /// <summary>
    /// Blazor issues an antiforgery cookie (with "no-store") on every server-rendered page once interactive modes are
    /// configured. The public views post no form, and that per-visitor cookie would keep them out of every cache.
    /// </summary>
    private static Task DropAntiforgeryCookie(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var cookies = headers.SetCookie;
            var kept = cookies.Where(c => c is not null && !c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ToArray();
            if (kept.Length != cookies.Count)
            {
                headers.SetCookie = kept;
                headers.Pragma = Microsoft.Extensions.Primitives.StringValues.Empty;
                headers.CacheControl = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next();
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        // Listening for account changes from the start, before any session is checked.
        app.Services.GetRequiredService<RecentAccountChanges>();
        // First: the client's address and scheme as a trusted proxy reports them (ReverseProxy:KnownProxies).
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseCommunityLocalization();
        // Before authentication: the API's token endpoint checks a client secret while authenticating.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(FormRateLimits.LimitPerAccount);
        app.UseRememberedCulture();
        app.UseAuthorization();
        // Anonymous views of the public repository are compressed for slow connections: they carry no secret,
        // so compression cannot leak one (BREACH); signed-in pages, which hold antiforgery tokens, are not.
        app.UseWhen(IsPublicView, branch => branch.UseResponseCompression().Use(DropAntiforgeryCookie));
        // After authentication and localization: the cache varies by language and never serves signed-in people.
        app.UseOutputCache();
        app.UseAntiforgery();
        app.MapStaticAssets();
        return app;
    }

    public static WebApplication MapPlatformEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        // For load balancers: this node reaches its database (and Redis, when scaled out).
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = check => check.Tags.Contains(ScaleOut.ScaleOutSetup.ReadyTag) });
        app.MapAdditionalIdentityEndpoints();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.Admin);
        return app;
    }
}

/// <summary>
/// Hangfire's log provider is process-wide while logger factories belong to a host. When a host stops before a
/// job worker of another host in the same process (a second app instance, a test host), its disposed factory must
/// silence that worker's logs, not fail the worker and stall every job for a retry interval.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggers) : Hangfire.Logging.ILogProvider
{
    private readonly Hangfire.AspNetCore.AspNetCoreLogProvider inner = new(loggers);

    public Hangfire.Logging.ILog GetLogger(string name)
    {
        try
        {
            return new Guarded(inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new Guarded(null);
        }
    }

    /// <summary>Hangfire keeps loggers in static fields: one made by a host that has stopped since must not throw.</summary>
    private sealed class Guarded(Hangfire.Logging.ILog? logger) : Hangfire.Logging.ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return logger?.Log(logLevel, messageFunc, exception) ?? false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
