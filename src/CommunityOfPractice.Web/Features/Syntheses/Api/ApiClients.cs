using System.Security.Cryptography;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Administration;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CommunityOfPractice.Web.Features.Syntheses.Api;

/// <summary>
/// The coordinating body's API clients, registered by admins. A secret is shown once, when it is made; rotating
/// replaces it (the old one stops working at once) and revoking removes the client with all its tokens.
/// </summary>
internal sealed class ApiClients(IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, AuditLog audit, CommunityOfPractice.Data.CommunityDbContext db)
{
    public const int MaxName = 100;

    public async Task<IReadOnlyList<ApiClient>> AllAsync(CancellationToken cancellationToken = default)
    {
        var clients = new List<ApiClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            clients.Add(new ApiClient((await applications.GetClientIdAsync(application, cancellationToken))!, (await applications.GetDisplayNameAsync(application, cancellationToken)) ?? ""));
        }
        return clients.OrderBy(c => c.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public async Task<CommandResult<IssuedSecret>> RegisterAsync(Actor admin, string? name, CancellationToken cancellationToken = default)
    {
        name = name?.Trim() ?? "";
        if (name.Length == 0)
        {
            return CommandResult<IssuedSecret>.Failed("Name", "Name the client: who or what will use it.");
        }
        if (name.Length > MaxName)
        {
            return CommandResult<IssuedSecret>.Failed("Name", "Keep the name under {0} characters.", MaxName);
        }
        var clientId = "cop-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = NewSecret();
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + ApiServer.SynthesesRead },
        }, cancellationToken);
        audit.Record(admin, "api-client.registered", null, $"{name} ({clientId})");
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedSecret(clientId, secret);
    }

    public async Task<CommandResult<IssuedSecret>> RotateAsync(Actor admin, string clientId, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return CommandResult<IssuedSecret>.Failed("", "This API client does not exist.");
        }
        var secret = NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        await tokens.RevokeByApplicationIdAsync((await applications.GetIdAsync(application, cancellationToken))!, cancellationToken);
        audit.Record(admin, "api-client.secret-rotated", null, clientId);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedSecret(clientId, secret);
    }

    public async Task<CommandResult> RevokeAsync(Actor admin, string clientId, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return CommandResult.Failed("", "This API client does not exist.");
        }
        await tokens.RevokeByApplicationIdAsync((await applications.GetIdAsync(application, cancellationToken))!, cancellationToken);
        await applications.DeleteAsync(application, cancellationToken);
        audit.Record(admin, "api-client.revoked", null, clientId);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
