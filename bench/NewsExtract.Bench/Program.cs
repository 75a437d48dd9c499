using BenchmarkDotNet.Running;
using NewsExtract.Bench;

// dotnet run -c Release --project bench/NewsExtract.Bench -- --filter '*'   (see bench/README.md)
// dotnet run -c Release --project bench/NewsExtract.Bench -- --rule-costs   (each date rule's cost)
// dotnet run -c Release --project bench/NewsExtract.Bench -- --stages       (each stage's cost per byte)
if (args.Length > 0 && args[0] == RuleCosts.Switch)
{
    return RuleCosts.Run(args[1..]);
}

if (args.Length > 0 && args[0] == Stages.Switch)
{
    return Stages.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(SampleArticles).Assembly).Run(args);
return 0;
