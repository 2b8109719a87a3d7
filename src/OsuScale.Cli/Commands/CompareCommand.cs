using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using OsuScale.Cli.Infrastructure;
using OsuScale.Compare;
using OsuScale.Ingest;
using OsuScale.Show.Comparison;
using OsuScale.Show.Exporters;

namespace OsuScale.Cli.Commands;

/// <summary>What <c>osu-scale compare</c> was asked to do.</summary>
/// <param name="Baseline">The reference campaign: a log file or a folder.</param>
/// <param name="Candidate">The campaign compared with it.</param>
/// <param name="Output">The folder to write into.</param>
/// <param name="Threshold">The practical threshold, as a fraction.</param>
/// <param name="FalseDiscoveryRate">The false-discovery rate, as a fraction.</param>
/// <param name="Formats">The image formats of the figures.</param>
/// <param name="MetricSeries">Also compare the primary metric at each message size.</param>
/// <param name="Nodes">The node count of logs that do not tell it.</param>
internal sealed record CompareSettings(string Baseline, string Candidate, string Output, double Threshold, double FalseDiscoveryRate,
    ImmutableArray<FigureFormat> Formats, bool MetricSeries, int? Nodes);

/// <summary>
/// <c>osu-scale compare BASELINE CANDIDATE -o DIR [--threshold 10%] [--fdr 5%] [--format png,svg] [--nodes N] [--no-series]</c>:
/// two campaigns side by side — is it the cluster, the benchmark, or noise?
/// </summary>
internal sealed class CompareCommand : IVerb
{
    private readonly Argument<string> baseline = new("BASELINE") { Description = "The reference campaign: a log file or a folder of logs (as for 'tables')." };
    private readonly Argument<string> candidate = new("CANDIDATE") { Description = "The campaign compared with it (ratios are CANDIDATE/BASELINE: above 1 is slower)." };
    private readonly Option<string> output = CliOptions.OutputFolder("comparison.md, comparison.html, comparison.csv, scaling-comparison.csv and plots/");
    private readonly Option<double> threshold = FractionOption("--threshold",
        "Practical threshold: a cell is slower or faster only when shown to differ by more than this (10% or 0.1).", "10%", 0, 10);
    private readonly Option<double> fdr = FractionOption("--fdr",
        "False-discovery rate controlled over all cells (Benjamini–Hochberg), and over benchmarks for scaling changes (5% or 0.05).", "5%", double.Epsilon, 0.5);
    private readonly Option<ImmutableArray<FigureFormat>> format = CliOptions.Formats("comparison.md");
    private readonly Option<bool> noSeries = new("--no-series") { Description = "Compare wall times only, not the primary metric at each message size." };
    private readonly Option<int?> nodes = CliOptions.Nodes();

    public CompareCommand()
    {
        Command = new Command("compare",
            "Compare two campaigns of the same benchmarks: per benchmark, series and node count the ratio of medians with its interval, a test against the practical threshold with the false-discovery rate controlled, and per benchmark whether its scaling changed by a constant factor or in its growth. Writes a report (Markdown and HTML), comparison.csv and scaling-comparison.csv.")
        {
            baseline, candidate, output, threshold, fdr, format, noSeries, nodes,
        };
        foreach (var argument in new[] { baseline, candidate })
            argument.Validators.Add(result =>
            {
                if (result.Tokens.SingleOrDefault()?.Value is { } token && CliOptions.LooksLikeOption(token)) result.AddError($"unknown option '{token}'");
            });
        Command.SetAction((parseResult, token) => Task.FromResult(Run(Bind(parseResult), CliIo.From(parseResult), token)));
    }

    public Command Command { get; }

    public int[] Returns => ExitCodes.Common;

    object IVerb.Bind(ParseResult parseResult) => Bind(parseResult);

    public CompareSettings Bind(ParseResult parseResult) =>
        new(parseResult.GetValue(baseline)!, parseResult.GetValue(candidate)!, parseResult.GetValue(output)!, parseResult.GetValue(threshold),
            parseResult.GetValue(fdr), parseResult.GetValue(format), !parseResult.GetValue(noSeries), parseResult.GetValue(nodes));

    public static int Run(CompareSettings settings, CliIo io, CancellationToken cancellationToken)
    {
        OutputPaths.CheckFolder(settings.Output);
        foreach (var path in new[] { settings.Baseline, settings.Candidate })
        {
            if (AnalyzeFolder(path))
                throw CliException.InputOutput($"{path} is an 'analyze' output folder (verdicts.json, no logs): comparing needs the logs themselves — give the folder of logs the analysis was made from");
        }
        cancellationToken.ThrowIfCancellationRequested();
        var comparison = ComparisonOptions.Default with { Threshold = settings.Threshold, FalseDiscoveryRate = settings.FalseDiscoveryRate };
        var result = ScalingComparison.Run([settings.Baseline], [settings.Candidate], settings.Output, ScalingComparisonOptions.Default with
        {
            Read = ReadOptions.Default with { Nodes = settings.Nodes },
            Comparison = comparison with { Analysis = comparison.Analysis with { MetricSeries = settings.MetricSeries } },
            Formats = settings.Formats,
        });
        Print(result.Comparison, io.Out);
        Notes(result.Comparison, io.Error);
        io.Out.WriteLine($"wrote {ComparisonFolder.MarkdownFile}, {ComparisonFolder.HtmlFile}, {ComparisonCsvExporter.CellsFileName}, {ComparisonCsvExporter.ChangesFileName} and plots/ to {settings.Output}");
        return ExitCodes.Ok;
    }

    private static Option<double> FractionOption(string name, string description, string defaultText, double min, double max) => new(name)
    {
        Description = description,
        HelpName = "X%",
        DefaultValueFactory = _ => Fraction(defaultText, name, min, max),
        CustomParser = result =>
        {
            try
            {
                return Fraction(result.Tokens.Single().Value, name, min, max);
            }
            catch (FormatException e)
            {
                result.AddError(e.Message);
                return 0;
            }
        },
    };

    /// <summary>A fraction written as <c>10%</c>, <c>10 %</c> or <c>0.1</c>.</summary>
    internal static double Fraction(string text, string option, double min, double max)
    {
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (percent) trimmed = trimmed[..^1].TrimEnd();
        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw new FormatException($"{option} '{text}' is not a number or a percentage (10% or 0.1)");
        if (percent) value /= 100;
        if (value < min || value > max)
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{option} {text} is out of range: it should be between {min:0.##} and {max:0.##} (as a fraction)"));
        return value;
    }

    private static bool AnalyzeFolder(string path) =>
        Directory.Exists(path) && File.Exists(Path.Combine(path, VerdictsJsonExporter.FileName))
        && !Directory.EnumerateFiles(path, "*.log").Any() && !Directory.EnumerateFiles(path, "*.txt").Any() && !Directory.EnumerateFiles(path, "*.out").Any();

    private static void Print(CampaignComparison comparison, TextWriter stdout)
    {
        stdout.WriteLine(comparison.Answer);
        stdout.WriteLine(ComparisonCells.Counts(comparison));
        foreach (var change in comparison.Changes.OrderByDescending(c => c.Kind != ChangeKind.None).ThenByDescending(c => c.Effect))
            stdout.WriteLine($"{change.Benchmark}: {change.Sentence}");
    }

    private static void Notes(CampaignComparison comparison, TextWriter stderr)
    {
        foreach (var note in comparison.Notes) stderr.WriteLine($"osu-scale: note: {note}");
    }
}
