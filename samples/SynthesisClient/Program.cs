using System.Globalization;
using SynthesisClient;

// usage: dotnet run --project samples/SynthesisClient -- <base-url> [synthesis-id]
// The client ID and secret come from the environment, never from the command line (it ends up in shell history).
const string Usage = "usage: COP_CLIENT_ID=... COP_CLIENT_SECRET=... dotnet run --project samples/SynthesisClient -- <base-url> [synthesis-id]";
if (args.Length is < 1 or > 2 || Environment.GetEnvironmentVariable("COP_CLIENT_ID") is not { Length: > 0 } clientId
    || Environment.GetEnvironmentVariable("COP_CLIENT_SECRET") is not { Length: > 0 } secret)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
// A bad argument gets the usage and exit code 2, as the environment does: never an unhandled exception.
if (!Uri.TryCreate(args[0].TrimEnd('/') + "/", UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
{
    Console.Error.WriteLine($"\"{args[0]}\" is not an http or https address.");
    Console.Error.WriteLine(Usage);
    return 2;
}
int? synthesisId = null;
if (args.Length == 2)
{
    if (!int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
    {
        Console.Error.WriteLine($"\"{args[1]}\" is not a synthesis id (a whole number above zero).");
        Console.Error.WriteLine(Usage);
        return 2;
    }
    synthesisId = id;
}
using var http = new HttpClient { BaseAddress = baseUrl };
try
{
    var path = await SynthesisDownloader.DownloadAsync(http, clientId, secret, synthesisId, Directory.GetCurrentDirectory());
    Console.WriteLine($"Saved {path}");
    return 0;
}
catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
