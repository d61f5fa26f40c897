using System.Security.Claims;
using System.Security.Cryptography;
using CommunityOfPractice.Data;
using Microsoft.AspNetCore;
using CommunityOfPractice.Web.Platform;
using CommunityOfPractice.Web.Platform.Settings;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CommunityOfPractice.Web.Features.Syntheses.Api;

/// <summary>
/// The OpenID Connect server (OpenIddict) that issues the coordinating body's API clients their tokens, with the
/// client-credentials grant only, and the validation that checks those tokens on the API.
/// </summary>
internal static class ApiServer
{
    public const string SynthesesRead = "syntheses.read";
    public const string Policy = "ApiSynthesesRead";
    public const string TokenPath = "/connect/token";

    public static IServiceCollection AddApiServer(this IServiceCollection services)
    {
        services.AddSettings<ApiOptions>(ApiOptions.Section);
        // Keys kept with the data (in Redis when scaled out), so tokens survive a restart and every node accepts the
        // tokens any node issued, as with the data-protection keys. Read (or made) at start-up: a node that cannot open
        // them (sealed keys and no certificate) stops there.
        services.AddOptions<OpenIddictServerOptions>().Configure<DataFolder, IServiceProvider, IConfiguration>(AddKeys).ValidateOnStart();
        // Off for loopback tests and behind a TLS-terminating proxy in front of the nodes.
        services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IOptions<ApiOptions>>(
            (aspNetCore, api) => aspNetCore.DisableTransportSecurityRequirement = !api.Value.RequireHttps);
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<CommunityDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenPath.TrimStart('/'));
                server.AllowClientCredentialsFlow();
                server.RegisterScopes(SynthesesRead);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(30));
                server.UseAspNetCore().EnableTokenEndpointPassthrough();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                // A revoked client's or rotated secret's tokens stop working at once, not when they expire.
                validation.EnableTokenEntryValidation();
            });
        services.Configure(DescribeSecurity);
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(SynthesesRead)));
        return services;
    }

    public static void MapApiServer(this WebApplication app)
    {
        app.MapPost(TokenPath, async (HttpContext context, IOpenIddictApplicationManager applications) =>
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
            if (!request.IsClientCredentialsGrantType())
            {
                return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }
            // OpenIddict has already authenticated the client and checked its scopes against its permissions.
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted)
                ?? throw new InvalidOperationException("The client application cannot be found.");
            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, await applications.GetClientIdAsync(application, context.RequestAborted));
            identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, context.RequestAborted));
            // A request without a scope gets every scope the client is allowed, as most OAuth servers do: a token that
            // could only answer 403 helps nobody.
            var scopes = request.GetScopes();
            if (scopes.IsDefaultOrEmpty)
            {
                scopes = [.. (await applications.GetPermissionsAsync(application, context.RequestAborted))
                    .Where(permission => permission.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                    .Select(permission => permission[Permissions.Prefixes.Scope.Length..])];
            }
            identity.SetScopes(scopes);
            identity.SetDestinations(static _ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription().RequireRateLimiting(Platform.FormRateLimits.Policy);
    }

    /// <summary>
    /// The document names the client-credentials flow, its token endpoint and scope, and requires them on every
    /// operation behind <see cref="Policy"/>, so a generated client asks for a token before it calls.
    /// </summary>
    private static void DescribeSecurity(Microsoft.AspNetCore.OpenApi.OpenApiOptions options)
    {
        const string scheme = "clientCredentials";
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new Microsoft.OpenApi.OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[scheme] = new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.OAuth2,
                Description = "A bearer token from /connect/token, for an API client registered by an administrator.",
                Flows = new Microsoft.OpenApi.OpenApiOAuthFlows
                {
                    ClientCredentials = new Microsoft.OpenApi.OpenApiOAuthFlow
                    {
                        TokenUrl = new Uri(TokenPath, UriKind.Relative),
                        Scopes = new Dictionary<string, string> { [SynthesesRead] = "Read finalised syntheses." },
                    },
                },
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any(a => a.Policy == Policy))
            {
                operation.Security ??= [];
                operation.Security.Add(new Microsoft.OpenApi.OpenApiSecurityRequirement
                {
                    [new Microsoft.OpenApi.OpenApiSecuritySchemeReference(scheme, context.Document)] = [SynthesesRead],
                });
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>The signing (RSA) and encryption (AES) keys, as OpenIddict's AddSigningKey and AddEncryptionKey would add them.</summary>
    private static void AddKeys(OpenIddictServerOptions options, DataFolder data, IServiceProvider services, IConfiguration configuration)
    {
        // Scaled out, every node signs and reads tokens with the same keys, kept in Redis beside the data-protection keys.
        var redis = services.GetService<StackExchange.Redis.IConnectionMultiplexer>();
        Func<string, Func<string>, string> readOrCreate;
        if (redis is null)
        {
            var keys = Path.Combine(data.Root, "keys");
            readOrCreate = (name, create) => ReadOrCreate(Path.Combine(keys, name), create);
        }
        else
        {
            var prefix = services.GetRequiredService<Platform.ScaleOut.RedisPrefix>().Value;
            var certificate = Platform.ScaleOut.KeyCertificate.Load(configuration);
            readOrCreate = (name, create) => ReadOrCreate(redis.GetDatabase(), $"{prefix}:{name}", create, certificate);
        }
        options.SigningCredentials.Add(new SigningCredentials(SigningKey(readOrCreate), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(EncryptionKey(readOrCreate), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private static RsaSecurityKey SigningKey(Func<string, Func<string>, string> readOrCreate)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(readOrCreate("api-signing.pem", () =>
        {
            using var created = RSA.Create(2048);
            return created.ExportPkcs8PrivateKeyPem();
        }));
        return new RsaSecurityKey(rsa) { KeyId = "api-signing" };
    }

    private static SymmetricSecurityKey EncryptionKey(Func<string, Func<string>, string> readOrCreate) =>
        new(Convert.FromBase64String(readOrCreate("api-encryption.key", () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));

    /// <summary>
    /// The first node to start writes the key (SET NX); every node then reads the same one. A key is only made when
    /// none is there: an RSA key takes a noticeable part of a second to generate, on every start otherwise. With a
    /// certificate (<see cref="Platform.ScaleOut.KeyCertificate"/>) the key is stored sealed, and a key stored in the
    /// clear before the certificate was configured is sealed on the first start that has it.
    /// </summary>
    private static string ReadOrCreate(StackExchange.Redis.IDatabase redis, string key, Func<string> create, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        string Stored(Func<string> value) => certificate is null ? value() : Platform.ScaleOut.KeyCertificate.Seal(certificate, value());
        if (redis.StringGet(key) is not { HasValue: true })
        {
            redis.StringSet(key, Stored(create), when: StackExchange.Redis.When.NotExists);
        }
        var existing = redis.StringGet(key).ToString();
        if (Platform.ScaleOut.KeyCertificate.IsSealed(existing))
        {
            return Platform.ScaleOut.KeyCertificate.Open(certificate ?? throw new InvalidOperationException(
                $"The API keys in Redis are sealed with a certificate: set DataProtection:Certificate:Path on this node too."), existing);
        }
        if (certificate is not null)
        {
            redis.StringSet(key, Stored(() => existing));
        }
        return existing;
    }

    private static string ReadOrCreate(string path, Func<string> create)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllText(temporary, create());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            try
            {
                // Two nodes starting at once: the first key written wins, the other is dropped.
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(temporary);
            }
        }
        return File.ReadAllText(path);
    }
}
