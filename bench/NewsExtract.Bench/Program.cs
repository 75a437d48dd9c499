using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/NewsExtract.Bench -- --filter '*'   (see bench/README.md)
BenchmarkSwitcher.FromAssembly(typeof(NewsExtract.Bench.SampleArticles).Assembly).Run(args);
