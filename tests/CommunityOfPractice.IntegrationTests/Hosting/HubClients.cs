using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Hosting;

/// <summary>SignalR clients of the debate hub, signed in as the person a <see cref="Browser"/> signed in.</summary>
public static class HubClients
{
    /// <param name="messagePack">Speak MessagePack instead of JSON; the hub offers both.</param>
    public static async Task<HubConnection> ConnectAsync(CommunityAppFactory app, Browser signedIn, bool messagePack = false)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/debates"), options =>
            {
                options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.Headers["Cookie"] = signedIn.CookieHeader;
            });
        if (messagePack)
        {
            builder.AddMessagePackProtocol();
        }
        var connection = builder.Build();
        await connection.StartAsync();
        return connection;
    }
}
