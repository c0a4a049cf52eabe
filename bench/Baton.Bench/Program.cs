using Baton.Bench;
using BenchmarkDotNet.Running;

// Load harness: `dotnet run -c Release --project bench/Baton.Bench -- timers-load --provider sqlite|postgres [--pending N] [--burst B]`.
if (args.Length > 0 && args[0] == "timers-load")
{
    return await TimersLoad.RunAsync(args[1..]);
}

// Shift-end handover: `dotnet run -c Release --project bench/Baton.Bench -- handover-load --provider sqlite|postgres [--items 10000]`.
if (args.Length > 0 && args[0] == "handover-load")
{
    return await HandoverLoad.RunAsync(args[1..]);
}

// Scorecards and the Board over a generated year: `dotnet run -c Release --project bench/Baton.Bench -- scorecard-load --provider sqlite|postgres [--commitments 10000000]`.
if (args.Length > 0 && args[0] == "scorecard-load")
{
    return await ScorecardLoad.RunAsync(args[1..]);
}

// Bottleneck report of a long workflow history: `dotnet run -c Release --project bench/Baton.Bench -- bottlenecks-load --provider sqlite|postgres [--visits 100000]`.
if (args.Length > 0 && args[0] == "bottlenecks-load")
{
    return await BottlenecksLoad.RunAsync(args[1..]);
}

// Telephony events into one node vs the raw database ceiling: `... -- telephony-load --provider sqlite|postgres [--calls 2000] [--clients 8]`.
if (args.Length > 0 && args[0] == "telephony-load")
{
    return await TelephonyLoad.RunAsync(args[1..]);
}

// Micro-benchmarks: `dotnet run -c Release --project bench/Baton.Bench -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(AuditChainBenchmarks).Assembly).Run(args);
return 0;
