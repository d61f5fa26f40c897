using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Web.Platform.Mail;
using CommunityOfPractice.Web.Platform.ScaleOut;
using CommunityOfPractice.Web.Platform.Settings;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;

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

        var provider = services.AddSettings<DatabaseOptions>(configuration, DatabaseOptions.Section).Provider;
        var connectionString = configuration.GetConnectionString("Default") is { Length: > 0 } configured
            ? configured
            : provider == DatabaseProvider.Sqlite
                ? DataServiceCollectionExtensions.SqliteConnectionString(data)
                : throw new InvalidOperationException("Database:Provider=PostgreSql needs ConnectionStrings:Default.");
        services.AddCommunityData(provider, connectionString);
        services.AddCommunityCore();
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
        services.AddCommunityAccounts(ServedOverTls(builder, site));

        services.AddCommunityLocalization();
        services.AddApiDocument();
        services.AddProblemDetails();
        services.AddFormRateLimits();
        services.AddSettings<AuthOptions>(AuthOptions.Section);
        services.AddSettings<BootstrapOptions>(BootstrapOptions.Section);
        services.AddSettings<DemoOptions>(DemoOptions.Section);

        if (string.IsNullOrEmpty(services.AddSettings<MailOptions>(configuration, MailOptions.Section).SmtpHost))
        {
            services.AddSingleton<IMailSender, FileMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        services.AddScoped<MailComposer>();
        services.AddMailOutbox();
        services.AddDigests();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddScoped<DemoCommunity>();

        // This host's own job storage and job activator, registered before AddHangfire, which would otherwise hand every
        // host the process-wide JobStorage.Current and JobActivator.Current, both set by whichever host was configured
        // last. Two hosts in one process (a restart, the test suite's hosts) then shared one storage, disposed by the
        // first to stop, and ran each other's jobs with the other host's services and database.
        services.AddSettings<JobsOptions>(JobsOptions.Section);
        services.AddSingleton<JobStorage>(jobServices => provider == DatabaseProvider.PostgreSql
            ? JobStorages.PostgreSql(connectionString)
            : JobStorages.Embedded(jobServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobsOptions>>().Value, data));
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
        // After the node bus: what the start-up catch-up raises (a debate that opened meanwhile) reaches the other nodes.
        services.AddScoped<ReconciliationJob>();
        services.AddHostedService<ReconciliationOnStart>();
        return builder;
    }

    /// <summary>
    /// Outside Development, with an https <c>PublicBaseUrl</c>: every cookie is Secure and host-prefixed. A TLS-terminating
    /// proxy must be named in <c>ReverseProxy:KnownProxies</c> so the app sees those requests as HTTPS. An http address
    /// (the compose sample on a laptop) keeps plain cookies: Secure ones would not be accepted over it.
    /// </summary>
    private static bool ServedOverTls(WebApplicationBuilder builder, PublicSite site) =>
        !builder.Environment.IsDevelopment() && site.BaseUrl.Scheme == Uri.UriSchemeHttps;

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

    private static Task WithoutErrorPage(HttpContext context, Func<Task> next)
    {
        context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()!.Enabled = false;
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
        // The API answers its errors (401, 403, 404 without a body) as problem details, not as the people's page.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.Use(WithoutErrorPage).UseStatusCodePages());
        app.UseCommunityLocalization();
        // Before authentication: the API's token endpoint checks a client secret while authenticating.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(FormRateLimits.LimitPerAccount);
        app.UseRememberedCulture();
        app.UseAuthorization();
        // After authentication and localization: the cache varies by language and never serves signed-in people.
        // Before compression: a public view is stored compressed (one entry per Accept-Encoding), so a cached page is
        // not compressed again on every request; a 300-paragraph standard spent most of its time there.
        app.UseOutputCache();
        // Anonymous views of the public repository are compressed for slow connections: they carry no secret,
        // so compression cannot leak one (BREACH); signed-in pages, which hold antiforgery tokens, are not.
        app.UseWhen(PublicViewAttribute.Applies, branch => branch.UseResponseCompression().Use(DropAntiforgeryCookie));
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
        app.MapApiDocument();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.Admin);
        return app;
    }
}
