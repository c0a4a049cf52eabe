using BenchmarkDotNet.Running;

// Micro-benchmarks: `dotnet run -c Release --project bench/Baton.Bench -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Baton.Bench.AuditChainBenchmarks).Assembly).Run(args);
