using OrderMatch.Cli;

return CliApp.Run(args);
