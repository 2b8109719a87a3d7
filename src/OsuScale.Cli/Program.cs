return await OsuScale.Cli.CliApp.RunAsync(args);
