using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Cli.Infrastructure;

namespace OsuScale.Cli.Commands;

/// <summary>What <c>osu-scale tables</c> was asked to do.</summary>
/// <param name="Inputs">Log files or folders.</param>
/// <param name="Output">The folder to write into.</param>
/// <param name="PerBenchmark">Also one results file per benchmark.</param>
/// <param name="Nodes">The node count of logs that do not tell it.</param>
internal sealed record TablesSettings(ImmutableArray<string> Inputs, string Output, bool PerBenchmark, int? Nodes);

/// <summary><c>osu-scale tables INPUT... -o DIR [--nodes N] [--per-benchmark]</c>: write times.csv and results.csv.</summary>
internal sealed class TablesCommand : IVerb
{
    private readonly Argument<string[]> inputs = CliOptions.Inputs();
    private readonly Option<string> output = CliOptions.OutputFolder("times.csv and results.csv");
    private readonly Option<bool> perBenchmark = new("--per-benchmark") { Description = "Also write results/<benchmark>.csv, one file per benchmark." };
    private readonly Option<int?> nodes = CliOptions.Nodes();

    public TablesCommand()
    {
        Command = new Command("tables",
            "Write the campaign's tidy tables: times.csv (benchmark, nodes, processes, iteration, wall/user/sys seconds, status, source) and results.csv (benchmark, nodes, iteration, message_size_bytes, metric, value, unit).")
        {
            inputs, output, perBenchmark, nodes,
        };
        Command.SetAction((parseResult, token) => Task.FromResult(Run(Bind(parseResult), CliIo.From(parseResult), token)));
    }

    public Command Command { get; }

    public int[] Returns => ExitCodes.Common;

    object IVerb.Bind(ParseResult parseResult) => Bind(parseResult);

    public TablesSettings Bind(ParseResult parseResult) =>
        new([.. parseResult.GetValue(inputs)!], parseResult.GetValue(output)!, parseResult.GetValue(perBenchmark), parseResult.GetValue(nodes));

    public static int Run(TablesSettings settings, CliIo io, CancellationToken cancellationToken)
    {
        OutputPaths.CheckFolder(settings.Output);
        var campaign = CampaignInput.Read(settings.Inputs, settings.Nodes, io, cancellationToken);
        var written = CampaignTables.WriteFolder(campaign, settings.Output, settings.PerBenchmark);
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{campaign.Executions.Length} execution(s) ({campaign.Complete.Count()} complete) from {campaign.Sizes.Length} size(s); wrote {string.Join(", ", written)}"));
        return ExitCodes.Ok;
    }
}
