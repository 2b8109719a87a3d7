using System.CommandLine;
using System.Globalization;
using OsuScale.Campaigns;

namespace OsuScale.Cli.Commands;

/// <summary><c>osu-scale tables INPUT... -o DIR [--nodes N] [--per-benchmark]</c>: write times.csv and results.csv.</summary>
internal static class TablesCommand
{
    public static Command Create()
    {
        var inputs = IngestArguments.Inputs();
        var output = new Option<string>("--output", "-o") { Description = "Folder to write times.csv and results.csv into (created if needed; files replaced).", Required = true };
        var perBenchmark = new Option<bool>("--per-benchmark") { Description = "Also write results/<benchmark>.csv, one file per benchmark." };
        var nodes = IngestArguments.Nodes();
        var command = new Command("tables",
            "Write the campaign's tidy tables: times.csv (benchmark, nodes, processes, iteration, wall/user/sys seconds, status, source) and results.csv (benchmark, nodes, iteration, message_size_bytes, metric, value, unit). " + ExitCodes.HelpText)
        {
            inputs, output, perBenchmark, nodes,
        };
        command.SetAction(parseResult => IngestArguments.Guard(parseResult, (stdout, stderr) =>
        {
            var campaign = IngestArguments.Read(parseResult.GetValue(inputs)!, parseResult.GetValue(nodes));
            IngestArguments.WarnAboutIncomplete(campaign, stderr);
            var written = CampaignTables.WriteFolder(campaign, parseResult.GetValue(output)!, parseResult.GetValue(perBenchmark));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{campaign.Executions.Length} execution(s) ({campaign.Complete.Count()} complete) from {campaign.Sizes.Length} size(s); wrote {string.Join(", ", written)}"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
