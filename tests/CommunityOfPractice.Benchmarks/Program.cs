using CommunityOfPractice.Benchmarks;

return args.FirstOrDefault() switch
{
    "startup" => await StartupBenchmark.RunAsync(args[1..]),
    "fanout" => await FanOutBenchmark.RunAsync(args[1..]),
    "circuits" => await CircuitMemoryBenchmark.RunAsync(args[1..]),
    "practices-seed" => await PracticeSeed.RunAsync(args[1..]),
    "practices-profile" => await PracticeSeed.ProfileAsync(args[1..]),
    "standards-seed" => await StandardSeed.RunAsync(args[1..]),
    "statements-seed" => await StatementSeed.RunAsync(args[1..]),
    "synthesis-seed" => await SynthesisExportBenchmark.SeedAsync(args[1..]),
    "synthesis-export" => await SynthesisExportBenchmark.ExportAsync(args[1..]),
    "forgot" => await ForgotPasswordBenchmark.RunAsync(args[1..]),
    "rooms" => await RoomsBenchmark.RunAsync(args[1..]),
    "slowlink" => await SlowLinkBenchmark.RunAsync(args[1..]),
    "consult" => await ConsultationBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          startup <name> <runs> <dll> [env KEY=VALUE ...]
            starts `dotnet <dll>` on a free loopback port with a fresh data folder each run, and reports
            the time to the first page served (GET /) and the resident memory 3 s after that page.
          fanout <baseUrl> <debateId> <subscribers> <seconds>
            N hub subscribers in one debate, 20 posters at 5 posts/s; latency and losses next to a raw WebSocket broadcast.
          circuits <name> <pid> <pageUrl> <readySelector> <pages> [email password]
            managed heap per open interactive page (a Blazor circuit), after induced full GCs.
          practices-seed <sqlite-file> <count>
            migrates the database and writes <count> published good-practice entries with their search index.
          standards-seed <sqlite-file> [contributions]
            adds a 300-paragraph published standard (/standards/benchmark-standard) with a closed round of 2,000 comments and proposals.
          statements-seed <sqlite-file> [organisations] [statements] [signatures]
            migrates the database and writes 1,000 approved organisations, 200 published statements and 50,000 signatures, and a member who signs in.
          synthesis-seed <sqlite-file> <posts>
            a debate of <posts> posts and its synthesis, finalised as version 1.
          synthesis-export <sqlite-file> <docx|md|html|json|csv|plain-csv> <output>
            one export of version 1 as the export job writes it (plain-csv: the posts dumped as they are), with time and peak memory.
          rooms <baseUrl> <debateId> <rooms> <seconds> <appPid>
            R Chromium rooms and R hub subscribers on one debate, a post every 2 s: ack, post-to-DOM, CPU and memory per room.
          slowlink <baseUrl> <email> <password> <debateId> <runs>
          consult <baseUrl> <email> <password> <debateId> <runs>
            pages opened in Chromium on an emulated slow link (1.6 Mbps, 300 ms): when each is usable, and the bytes it took.
          forgot <baseUrl> <knownEmail> <rounds>
            forgot-password answers for an address with an account and one without, interleaved; medians side by side.
        see rooms.sh for the rooms' measure, slowlink.sh for the slow link, consult.sh for the consultation page, forgot.sh for the forgot-password one, syntheses.sh for the export measure, practices.sh for the repository's load test, standards.sh for the public standard's, startup.sh, fanout.sh and circuits.sh for the side-by-side runs.
        """);
    return 2;
}
