using SynthesisClient;

// usage: dotnet run --project samples/SynthesisClient -- <base-url> [synthesis-id]
// The client ID and secret come from the environment, never from the command line (it ends up in shell history).
if (args.Length is < 1 or > 2 || Environment.GetEnvironmentVariable("COP_CLIENT_ID") is not { Length: > 0 } clientId
    || Environment.GetEnvironmentVariable("COP_CLIENT_SECRET") is not { Length: > 0 } secret)
{
    Console.Error.WriteLine("usage: COP_CLIENT_ID=... COP_CLIENT_SECRET=... dotnet run --project samples/SynthesisClient -- <base-url> [synthesis-id]");
    return 2;
}
using var http = new HttpClient { BaseAddress = new Uri(args[0].TrimEnd('/') + "/") };
try
{
    var path = await SynthesisDownloader.DownloadAsync(http, clientId, secret, args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : null, Directory.GetCurrentDirectory());
    Console.WriteLine($"Saved {path}");
    return 0;
}
catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
