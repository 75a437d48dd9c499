using BenchmarkDotNet.Running;
using NewsExtract.Bench;

// dotnet run -c Release --project bench/NewsExtract.Bench -- --filter '*'   (see bench/README.md)
// dotnet run -c Release --project bench/NewsExtract.Bench -- --rule-costs   (each date rule's cost)
// dotnet run -c Release --project bench/NewsExtract.Bench -- --stages       (each stage's cost per byte)
return args.FirstOrDefault() switch
{
    RuleCosts.Switch => RuleCosts.Run(args[1..]),
    Stages.Switch => Stages.Run(args[1..]),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SampleArticles).Assembly).Run(args);
    return 0;
}
