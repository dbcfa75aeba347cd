using BenchmarkDotNet.Running;
using OrderMatch.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(FormatBenchmarks).Assembly).Run(args);
