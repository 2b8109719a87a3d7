using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using OsuScale.Cli.Infrastructure;
using OsuScale.Model;
using OsuScale.Show.Exporters;

namespace OsuScale.Cli.Commands;

/// <summary>What <c>osu-scale analyze</c> was asked to do.</summary>
/// <param name="Inputs">Log files or folders.</param>
/// <param name="Output">The folder to write the verdict files into.</param>
/// <param name="PredictAt">Node counts to predict at; null for the default (the next two doublings), empty for none.</param>
/// <param name="MetricSeries">Also model the primary metric at each message size.</param>
/// <param name="Nodes">The node count of logs that do not tell it.</param>
/// <param name="Wide">Print the verdict table at its full width.</param>
internal sealed record AnalyzeSettings(ImmutableArray<string> Inputs, string Output, ImmutableArray<double>? PredictAt, bool MetricSeries, int? Nodes, bool Wide);

/// <summary><c>osu-scale analyze INPUT... -o DIR [--predict N,N] [--nodes N] [--no-series] [--wide]</c>: fit, classify, predict.</summary>
internal sealed class AnalyzeCommand : IVerb
{
    private readonly Argument<string[]> inputs = CliOptions.Inputs();
    private readonly Option<string> output = CliOptions.OutputFolder("verdicts.csv, series-verdicts.csv and verdicts.json");
    private readonly Option<ImmutableArray<double>?> predict = CliOptions.Predict();
    private readonly Option<bool> noSeries = new("--no-series") { Description = "Model only wall times, not the primary metric at each message size." };
    private readonly Option<int?> nodes = CliOptions.Nodes();
    private readonly Option<bool> wide = CliOptions.Wide();

    public AnalyzeCommand()
    {
        Command = new Command("analyze",
            "Fit scaling laws to every benchmark's wall time (and its primary metric at each message size), classify each as size-independent, possible-issue or scaling-issue against the run-to-run noise, and predict larger sizes. Prints a verdict table; writes verdicts.csv, series-verdicts.csv and verdicts.json.")
        {
            inputs, output, predict, noSeries, nodes, wide,
        };
        Command.SetAction((parseResult, token) => Task.FromResult(Run(Bind(parseResult), CliIo.From(parseResult), token)));
    }

    public Command Command { get; }

    public int[] Returns => ExitCodes.Common;

    object IVerb.Bind(ParseResult parseResult) => Bind(parseResult);

    public AnalyzeSettings Bind(ParseResult parseResult) =>
        new([.. parseResult.GetValue(inputs)!], parseResult.GetValue(output)!, parseResult.GetValue(predict),
            !parseResult.GetValue(noSeries), parseResult.GetValue(nodes), parseResult.GetValue(wide));

    public static int Run(AnalyzeSettings settings, CliIo io, CancellationToken cancellationToken)
    {
        OutputPaths.CheckFolder(settings.Output);
        var campaign = CampaignInput.Read(settings.Inputs, settings.Nodes, io, cancellationToken);
        var options = AnalysisOptions.Default with
        {
            PredictAt = settings.PredictAt ?? NumberLists.NextDoublings(campaign),
            MetricSeries = settings.MetricSeries,
        };
        var analysis = new ScalingAnalyser().Analyse(campaign, options);
        cancellationToken.ThrowIfCancellationRequested();
        VerdictTable.Write(analysis, io.Results(settings.Wide), settings.Wide);
        foreach (var note in analysis.Notes) io.Error.WriteLine($"osu-scale: note: {note}");

        VerdictFiles.Write(analysis, settings.Output);
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{analysis.Verdicts.Length} benchmark verdict(s), {analysis.SeriesVerdicts.Length} message-size verdict(s)"));
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {VerdictsCsvExporter.FileName}, {VerdictsCsvExporter.SeriesFileName}, {VerdictsJsonExporter.FileName} to {settings.Output}"));
        return ExitCodes.Ok;
    }
}
