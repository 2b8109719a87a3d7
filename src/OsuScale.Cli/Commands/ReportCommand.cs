using System.CommandLine;
using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Show;
using OsuScale.Show.Exporters;
using OsuScale.Show.Report;
using Spectre.Console;

namespace OsuScale.Cli.Commands;

/// <summary>
/// <c>osu-scale report [INPUT...] -o DIR [--predict 128,256] [--format png,svg] [--times-log FILE] [--nodes N]</c>:
/// ingest, analyse and show in one go.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The default output folder.</summary>
    public const string DefaultOutput = "osu-scale-report";

    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Log files or folders (as for 'tables'). None: the synthetic example campaign shipped in data/example " +
                          "(looked for beside the executable, then in the current folder and its parents).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder to write report.md, report.html, plots/, verdicts.csv, series-verdicts.csv, verdicts.json, times.csv and results.csv into (created if needed; files replaced).",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var predict = new Option<string?>("--predict") { Description = NumberLists.PredictHelp };
        var format = new Option<string>("--format")
        {
            Description = "Image formats of the figures, comma-separated: png, svg (report.md links the first).",
            DefaultValueFactory = _ => "png,svg",
        };
        var timesLog = new Option<string?>("--times-log") { Description = "A hand-made times.log to compare with the logs; its discrepancies get a section in the report." };
        var nodes = IngestArguments.Nodes();
        var command = new Command("report",
            "Read the logs, fit and classify how every benchmark scales, and write the figures and a report (Markdown and self-contained HTML). " +
            ExitCodes.HelpText)
        {
            inputs, output, predict, format, timesLog, nodes,
        };
        command.SetAction(parseResult => IngestArguments.Guard(parseResult, (stdout, stderr) =>
        {
            IReadOnlyList<FigureFormat> formats;
            try
            {
                formats = FigureFormats.Parse(parseResult.GetValue(format) ?? "png,svg");
                NumberLists.Predictions(parseResult.GetValue(predict), Campaign.Empty); // checked before the (long) reading
            }
            catch (FormatException e)
            {
                stderr.WriteLine($"osu-scale: error: {e.Message}");
                return ExitCodes.Usage;
            }

            var given = parseResult.GetValue(inputs) ?? [];
            string[] paths;
            if (given.Length > 0) paths = given;
            else if (ExampleCampaign.LocateForDisplay() is { } example) paths = [example];
            else
            {
                stderr.WriteLine($"osu-scale: error: no INPUT given and the example campaign ({ExampleCampaign.RelativePath}) was not found beside the executable or in the current folder or its parents");
                return ExitCodes.InputError;
            }

            var run = new ReportRun(paths, parseResult.GetValue(nodes), parseResult.GetValue(output) ?? DefaultOutput, formats, parseResult.GetValue(predict), parseResult.GetValue(timesLog));
            var interactive = !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out) && AnsiConsole.Profile.Capabilities.Interactive;
            ReportResult result;
            if (interactive)
            {
                result = null!;
                AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("reading logs", maxValue: 1);
                        result = run.Execute(stderr, (done, total, what) =>
                        {
                            task.MaxValue = Math.Max(1, total);
                            task.Value = done;
                            task.Description = Markup.Escape(what);
                        });
                        task.Value = task.MaxValue;
                    });
            }
            else
            {
                string? last = null;
                result = run.Execute(stderr, (_, _, what) =>
                {
                    // Plain progress: one line per stage, not per figure.
                    var stage = what.StartsWith("plots/", StringComparison.Ordinal) ? "writing figures" : what;
                    if (stage != last && stage != "done") stdout.WriteLine($"osu-scale: {stage}");
                    last = stage;
                });
            }

            var counts = result.Analysis.Verdicts.GroupBy(v => v.Category).ToDictionary(g => g.Key, g => g.Count());
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Campaign.Executions.Length} execution(s), {result.Analysis.Verdicts.Length} benchmark(s): " +
                $"{counts.GetValueOrDefault(ScalingCategory.SizeIndependent)} size-independent, {counts.GetValueOrDefault(ScalingCategory.PossibleIssue)} possible issue(s), " +
                $"{counts.GetValueOrDefault(ScalingCategory.ScalingIssue)} scaling issue(s); {result.Written.Count} file(s) written to {run.Output}"));
            stdout.WriteLine($"report: {Path.Combine(run.Output, ReportFolder.HtmlFile)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private sealed record ReportResult(Campaign Campaign, CampaignAnalysis Analysis, IReadOnlyList<string> Written);

    private sealed record ReportRun(string[] Inputs, int? Nodes, string Output, IReadOnlyList<FigureFormat> Formats, string? Predict, string? TimesLogPath)
    {
        public ReportResult Execute(TextWriter stderr, Action<int, int, string> progress)
        {
            progress(0, 1, "reading logs");
            var campaign = IngestArguments.Read(Inputs, Nodes);
            IngestArguments.WarnAboutIncomplete(campaign, stderr);

            progress(0, 1, "analysing");
            var predictAt = NumberLists.Predictions(Predict, campaign);
            var analysis = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = predictAt });

            TimesLogSection? times = null;
            if (TimesLogPath is not null)
            {
                progress(0, 1, "comparing times.log");
                times = TimesLogSections.From(TimesLogPath, TimesLog.Compare(TimesLog.Read(TimesLogPath), TimesLog.FromCampaign(campaign)));
            }

            progress(0, 1, "verdicts.csv, verdicts.json");
            var written = new List<string>(VerdictFiles.Write(analysis, Output));

            progress(0, 1, "building figures");
            var report = ReportBuilder.Build(campaign, analysis, new ReportOptions(PredictAt: predictAt, TimesLog: times, Formats: Formats,
                Synthetic: SyntheticCampaign.Detect(Inputs)));
            written.AddRange(ReportFolder.Write(report, campaign, Output, Formats,
                new InlineProgress(p => progress(p.Done, p.Total, p.Current))));
            return new ReportResult(campaign, analysis, written);
        }
    }

    /// <summary>Reports synchronously on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class InlineProgress(Action<ReportProgress> report) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => report(value);
    }
}
