using System.Text.Json;
using System.Text.Json.Serialization;
using Reception.Bench;
using Reception.Bench.Run;
using Reception.Bench.Simulation;

var options = new Options(args);
var command = options.Positional.FirstOrDefault();
if (command is not ("simulate" or "run" or "failover" or "statistics" or "people"))
{
    Console.Error.WriteLine("""
        usage:
          simulate --url http://localhost:5080 [--speed 60] [--duration 24h] [--points TIJ,NLD,MEX]
                   [--surge N --surge-window 30m --surge-at 6h] [--scale 1] [--beds N] [--drain 1h] [--seed N]
          run      --url http://localhost:5080 [--mode postgres|sqlite] [--quick|--smoke] [--pid N]
                   [--postgres "<Npgsql connection string>"] [--records 1000000] [--records-budget 90]
                   [--scale-targets 100,1000,10000,100000] [--levels 4,8,16,32,64] [--out bench/results]
          failover --url http://localhost:5080 --silo-pid N [--signal kill|term] [--clients 16] [--warmup 5s] [--after 15s]
          statistics --url http://localhost:5080 --postgres "<Npgsql connection string>" [--cases 2000000] [--repeat 5]
                   [--out bench/results]
          people   --url http://localhost:5080 --postgres "<Npgsql connection string>" [--cases 1000000] [--probes 300] [--repeat 2]
                   [--clients 1,8] [--no-arrivals] [--hold seconds] [--quick] [--pid N] [--out bench/results]
        """);
    return 2;
}

var url = options.String("url", "http://localhost:5080");
using var client = new ReceptionClient(url);
var json = new JsonSerializerOptions(ReceptionClient.Json)
{
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
};

if (command == "simulate")
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    var care = await new Simulator(client, SimulationSettings.From(options), Console.Out).RunAsync(cancel.Token);
    Console.WriteLine(Report.Care(care));
    if (options.String("out") is { } outFile)
    {
        await File.WriteAllTextAsync(outFile, JsonSerializer.Serialize(care, json));
    }
    return care.StageUnknown == 0 ? 0 : 1;
}

if (command == "failover")
{
    var stall = await new FailoverStall(client, options, Console.Out).RunAsync();
    Console.WriteLine(FailoverStall.Report(stall));
    if (options.String("out") is { } failoverDir)
    {
        Directory.CreateDirectory(failoverDir);
        await File.WriteAllTextAsync(Path.Combine(failoverDir, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-failover-{stall.Signal}.json"), FailoverStall.Json(stall));
    }
    return 0;
}

if (command == "statistics")
{
    return await StatisticsTimes.RunAsync(client, options, Console.Out);
}

if (command == "people")
{
    return await CandidateLookup.RunAsync(client, options, Console.Out);
}

var result = await new Benchmark(client, options, Console.Out).RunAsync();
var table = Report.Table(result);
Console.WriteLine();
Console.WriteLine(table);
var dir = options.String("out", Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "results"));
Directory.CreateDirectory(dir);
var file = Path.Combine(dir, $"{result.Date:yyyyMMdd-HHmmss}-{result.Mode}-{result.Profile}.json");
await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, json));
await File.WriteAllTextAsync(Path.Combine(dir, $"latest-{result.Mode}-{result.Profile}.md"), table);
Console.WriteLine($"results: {Path.GetFullPath(file)}");
return 0;
