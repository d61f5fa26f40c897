using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityOfPractice.IntegrationTests.Hosting;

/// <summary>SignalR clients of the debate hub, signed in as the person a <see cref="Browser"/> signed in.</summary>
public static class HubClients
{
    public static async Task<HubConnection> ConnectAsync(CommunityAppFactory app, Browser signedIn)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/debates"), options =>
            {
                options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.Headers["Cookie"] = signedIn.CookieHeader;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
