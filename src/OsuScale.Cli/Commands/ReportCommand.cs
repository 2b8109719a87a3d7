using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Cli.Infrastructure;
using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Show;
using OsuScale.Show.Exporters;
using OsuScale.Show.Report;
using Spectre.Console;

namespace OsuScale.Cli.Commands;

/// <summary>What <c>osu-scale report</c> was asked to do.</summary>
/// <param name="Inputs">Log files or folders; empty for the example campaign.</param>
/// <param name="Output">The report folder.</param>
/// <param name="PredictAt">Node counts to predict at; null for the default (the next two doublings), empty for none.</param>
/// <param name="Formats">The image formats of the figures.</param>
/// <param name="TimesLog">A hand-made times.log to compare with the logs, or null.</param>
/// <param name="Nodes">The node count of logs that do not tell it.</param>
internal sealed record ReportSettings(ImmutableArray<string> Inputs, string Output, ImmutableArray<double>? PredictAt,
    ImmutableArray<FigureFormat> Formats, string? TimesLog, int? Nodes);

/// <summary>
/// <c>osu-scale report [INPUT...] [-o DIR] [--predict N,N] [--format png,svg] [--times-log FILE] [--nodes N]</c>:
/// ingest, analyse and show in one go.
/// </summary>
internal sealed class ReportCommand : IVerb
{
    /// <summary>
    /// The default output folder. <c>./osu-scale</c> in a checkout writes it into the working folder, so the repository's
    /// .gitignore lists it.
    /// </summary>
    public const string DefaultOutput = "osu-scale-report";

    private readonly Argument<string[]> inputs = CliOptions.Inputs(required: false,
        extra: "None: the synthetic example campaign shipped in data/example (looked for beside the executable, then in the current folder and its parents).");
    private readonly Option<string> output = CliOptions.OutputFolder(
        "report.md, report.html, plots/, verdicts.csv, series-verdicts.csv, verdicts.json, times.csv and results.csv", DefaultOutput);
    private readonly Option<ImmutableArray<double>?> predict = CliOptions.Predict();
    private readonly Option<ImmutableArray<FigureFormat>> format = CliOptions.Formats("report.md");
    private readonly Option<string?> timesLog = new("--times-log")
    {
        Description = "A hand-made times.log to compare with the logs; its discrepancies get a section in the report.",
        HelpName = "FILE",
    };
    private readonly Option<int?> nodes = CliOptions.Nodes();

    public ReportCommand()
    {
        Command = new Command("report",
            "Read the logs, fit and classify how every benchmark scales, and write the figures and a report (Markdown and self-contained HTML).")
        {
            inputs, output, predict, format, timesLog, nodes,
        };
        Command.SetAction((parseResult, token) => Task.FromResult(Run(Bind(parseResult), CliIo.From(parseResult), token)));
    }

    public Command Command { get; }

    public int[] Returns => ExitCodes.Common;

    object IVerb.Bind(ParseResult parseResult) => Bind(parseResult);

    public ReportSettings Bind(ParseResult parseResult) =>
        new([.. parseResult.GetValue(inputs) ?? []], parseResult.GetValue(output)!, parseResult.GetValue(predict),
            parseResult.GetValue(format), parseResult.GetValue(timesLog), parseResult.GetValue(nodes));

    public static int Run(ReportSettings settings, CliIo io, CancellationToken cancellationToken)
    {
        OutputPaths.CheckFolder(settings.Output);
        var paths = settings.Inputs.IsEmpty ? [ExampleInput()] : settings.Inputs;
        var result = WithProgress(io, progress => Execute(settings, paths, io, progress, cancellationToken));

        var counts = result.Analysis.Verdicts.GroupBy(v => v.Category).ToDictionary(g => g.Key, g => g.Count());
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Campaign.Executions.Length} execution(s), {result.Analysis.Verdicts.Length} benchmark(s): " +
            $"{counts.GetValueOrDefault(ScalingCategory.SizeIndependent)} size-independent, {counts.GetValueOrDefault(ScalingCategory.PossibleIssue)} possible issue(s), " +
            $"{counts.GetValueOrDefault(ScalingCategory.ScalingIssue)} scaling issue(s); {result.Written.Count} file(s) written to {settings.Output}"));
        io.Out.WriteLine($"report: {Path.Combine(settings.Output, ReportFolder.HtmlFile)}");
        return ExitCodes.Ok;
    }

    private static string ExampleInput() =>
        ExampleCampaign.LocateForDisplay() ?? throw CliException.InputOutput(
            $"no INPUT given and the example campaign ({ExampleCampaign.RelativePath}) was not found beside the executable or in the current folder or its parents");

    /// <summary>Runs <paramref name="body"/> under a live progress bar when stderr is a terminal, else with one stderr line per stage.</summary>
    private static T WithProgress<T>(CliIo io, Func<IProgress<ReportProgress>, T> body)
    {
        var console = io.Progress();
        if (!console.Profile.Capabilities.Interactive)
        {
            string? last = null;
            return body(new InlineProgress(p =>
            {
                // Plain progress: one line per stage, not per figure.
                var stage = p.Current.StartsWith("plots/", StringComparison.Ordinal) ? "writing figures" : p.Current;
                if (stage != last && stage != "done") io.Error.WriteLine($"osu-scale: {stage}");
                last = stage;
            }));
        }
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("reading logs", maxValue: 1);
                result = body(new InlineProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Markup.Escape(p.Current);
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed record ReportResult(Campaign Campaign, CampaignAnalysis Analysis, IReadOnlyList<string> Written);

    private static ReportResult Execute(ReportSettings settings, IReadOnlyList<string> paths, CliIo io, IProgress<ReportProgress> progress, CancellationToken cancellationToken)
    {
        progress.Report(new ReportProgress(0, 1, "reading logs"));
        var campaign = CampaignInput.Read(paths, settings.Nodes, io, cancellationToken);

        progress.Report(new ReportProgress(0, 1, "analysing"));
        var predictAt = settings.PredictAt ?? NumberLists.NextDoublings(campaign);
        var analysis = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = predictAt });

        TimesLogSection? times = null;
        if (settings.TimesLog is { } timesLogPath)
        {
            progress.Report(new ReportProgress(0, 1, "comparing times.log"));
            times = TimesLogSections.From(timesLogPath, TimesLog.Compare(TimesLog.Read(timesLogPath), TimesLog.FromCampaign(campaign)));
        }
        cancellationToken.ThrowIfCancellationRequested();

        progress.Report(new ReportProgress(0, 1, "verdicts.csv, verdicts.json"));
        var written = new List<string>(VerdictFiles.Write(analysis, settings.Output));

        progress.Report(new ReportProgress(0, 1, "building figures"));
        var report = ReportBuilder.Build(campaign, analysis, new ReportOptions(PredictAt: predictAt, TimesLog: times, Formats: settings.Formats));
        written.AddRange(ReportFolder.Write(report, campaign, settings.Output, settings.Formats, progress));
        return new ReportResult(campaign, analysis, written);
    }

    /// <summary>Reports synchronously on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class InlineProgress(Action<ReportProgress> report) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => report(value);
    }
}
