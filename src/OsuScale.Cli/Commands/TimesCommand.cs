using System.CommandLine;
using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Cli.Commands;

/// <summary><c>osu-scale times INPUT... [-o FILE] [--check TIMES_LOG] [--nodes N]</c>: derive or check a times.log.</summary>
internal static class TimesCommand
{
    public static Command Create()
    {
        var inputs = IngestArguments.Inputs();
        var output = new Option<string?>("--output", "-o") { Description = "Write the derived times.log to FILE (replaced if it exists) instead of standard output." };
        var check = new Option<string?>("--check") { Description = "Compare a hand-made times.log with the logs: list every missing, extra or different row (tolerance 0.0005 s) and exit 4 when any." };
        var nodes = IngestArguments.Nodes();
        var command = new Command("times",
            "Derive a times.log (METRIC,TIME_SECONDS,SIZE_NODES[,ITERATION]) from logs, or check a hand-made one against them. " + ExitCodes.HelpText)
        {
            inputs, output, check, nodes,
        };
        command.SetAction(parseResult => IngestArguments.Guard(parseResult, (stdout, stderr) =>
        {
            var campaign = IngestArguments.Read(parseResult.GetValue(inputs)!, parseResult.GetValue(nodes));
            IngestArguments.WarnAboutIncomplete(campaign, stderr);
            var derived = TimesLog.FromCampaign(campaign);
            var withoutNodes = campaign.Complete.Count(e => e.Nodes is null);
            if (withoutNodes > 0)
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"osu-scale: warning: {withoutNodes} complete execution(s) have no node count and are left out; give --nodes N"));

            var outputPath = parseResult.GetValue(output);
            var checkPath = parseResult.GetValue(check);
            if (outputPath is not null) TimesLog.Write(derived, outputPath);
            else if (checkPath is null) TimesLog.Write(derived, stdout);

            if (checkPath is null) return ExitCodes.Ok;
            var handMade = TimesLog.Read(checkPath);
            var comparison = TimesLog.Compare(handMade, derived);
            foreach (var d in comparison.Differences) stdout.WriteLine(d.ToString());
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{checkPath}: {comparison.Matching} row(s) agree, {comparison.Differences.Length} differ ({comparison.Missing.Count()} missing, {comparison.Extra.Count()} extra, {comparison.Different.Count()} different; tolerance {comparison.ToleranceSeconds:R} s)"));
            return comparison.Agrees ? ExitCodes.Ok : ExitCodes.Differences;
        }));
        return command;
    }
}
