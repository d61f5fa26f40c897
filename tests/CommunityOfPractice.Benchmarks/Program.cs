using CommunityOfPractice.Benchmarks;

return args.FirstOrDefault() switch
{
    "startup" => await StartupBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          startup <name> <runs> <dll> [env KEY=VALUE ...]
            starts `dotnet <dll>` on a free loopback port with a fresh data folder each run, and reports
            the time to the first page served (GET /) and the resident memory 3 s after that page.
        see startup.sh for the side-by-side run with an empty `dotnet new blazor` app.
        """);
    return 2;
}
