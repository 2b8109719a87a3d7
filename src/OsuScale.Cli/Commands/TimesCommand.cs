using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Cli.Infrastructure;
using OsuScale.Ingest;

namespace OsuScale.Cli.Commands;

/// <summary>What <c>osu-scale times</c> was asked to do.</summary>
/// <param name="Inputs">Log files or folders.</param>
/// <param name="Output">The file to write the derived times.log to; null for standard output.</param>
/// <param name="Check">A hand-made times.log to compare with the logs, or null.</param>
/// <param name="Nodes">The node count of logs that do not tell it.</param>
internal sealed record TimesSettings(ImmutableArray<string> Inputs, string? Output, string? Check, int? Nodes);

/// <summary><c>osu-scale times INPUT... [-o FILE] [--check FILE] [--nodes N]</c>: derive or check a times.log.</summary>
internal sealed class TimesCommand : IVerb
{
    private readonly Argument<string[]> inputs = CliOptions.Inputs();
    private readonly Option<string?> output = CliOptions.OutputFile("the derived times.log");
    private readonly Option<string?> check = new("--check")
    {
        Description = "Compare a hand-made times.log with the logs: list every missing, extra or different row (tolerance 0.0005 s) and exit 4 when any.",
        HelpName = "FILE",
    };
    private readonly Option<int?> nodes = CliOptions.Nodes();

    public TimesCommand()
    {
        Command = new Command("times",
            "Derive a times.log (METRIC,TIME_SECONDS,SIZE_NODES[,ITERATION]) from logs, or check a hand-made one against them.")
        {
            inputs, output, check, nodes,
        };
        Command.SetAction((parseResult, token) => Task.FromResult(Run(Bind(parseResult), CliIo.From(parseResult), token)));
    }

    public Command Command { get; }

    public int[] Returns => [.. ExitCodes.Common, ExitCodes.Differences];

    object IVerb.Bind(ParseResult parseResult) => Bind(parseResult);

    public TimesSettings Bind(ParseResult parseResult) =>
        new([.. parseResult.GetValue(inputs)!], parseResult.GetValue(output), parseResult.GetValue(check), parseResult.GetValue(nodes));

    public static int Run(TimesSettings settings, CliIo io, CancellationToken cancellationToken)
    {
        if (settings.Output is { } target) OutputPaths.CheckFile(target);
        var campaign = CampaignInput.Read(settings.Inputs, settings.Nodes, io, cancellationToken);
        var derived = TimesLog.FromCampaign(campaign);
        var withoutNodes = campaign.Complete.Count(e => e.Nodes is null);
        if (withoutNodes > 0)
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"osu-scale: warning: {withoutNodes} complete execution(s) have no node count and are left out; give --nodes N"));

        if (settings.Output is not null) TimesLog.Write(derived, settings.Output);
        else if (settings.Check is null) TimesLog.Write(derived, io.Out);
        if (settings.Check is not { } checkPath) return ExitCodes.Ok;

        var comparison = TimesLog.Compare(TimesLog.Read(checkPath), derived);
        foreach (var d in comparison.Differences) io.Out.WriteLine(d.ToString());
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{checkPath}: {comparison.Matching} row(s) agree, {comparison.Differences.Length} differ ({comparison.Missing.Count()} missing, {comparison.Extra.Count()} extra, {comparison.Different.Count()} different; tolerance {comparison.ToleranceSeconds:R} s)"));
        return comparison.Agrees ? ExitCodes.Ok : ExitCodes.Differences;
    }
}
