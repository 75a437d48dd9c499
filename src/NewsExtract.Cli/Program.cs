using NewsExtract.Cli;

return CliApp.Run(args, CliConsole.System());
