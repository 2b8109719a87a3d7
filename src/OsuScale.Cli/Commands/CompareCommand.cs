using System.CommandLine;
using System.Globalization;
using OsuScale.Compare;
using OsuScale.Ingest;
using OsuScale.Show.Comparison;
using OsuScale.Show.Exporters;

namespace OsuScale.Cli.Commands;

/// <summary>
/// <c>osu-scale compare BASELINE CANDIDATE -o DIR [--threshold 10%] [--fdr 5%] [--format png,svg] [--nodes N] [--no-series]</c>:
/// two campaigns side by side — is it the cluster, the benchmark, or noise?
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var baseline = new Argument<string>("BASELINE") { Description = "The reference campaign: a log file or a folder of logs (as for 'tables')." };
        var candidate = new Argument<string>("CANDIDATE") { Description = "The campaign compared with it (ratios are CANDIDATE/BASELINE: above 1 is slower)." };
        var output = new Option<string>("--output", "-o") { Description = "Folder to write comparison.md, comparison.html, comparison.csv, scaling-comparison.csv and plots/ into (created if needed; files replaced).", Required = true };
        var threshold = new Option<string>("--threshold")
        {
            Description = "Practical threshold: a cell is slower or faster only when shown to differ by more than this (10% or 0.1).",
            DefaultValueFactory = _ => "10%",
        };
        var fdr = new Option<string>("--fdr")
        {
            Description = "False-discovery rate controlled over all cells (Benjamini–Hochberg), and over benchmarks for scaling changes (5% or 0.05).",
            DefaultValueFactory = _ => "5%",
        };
        var format = new Option<string>("--format") { Description = "Image formats of the figures, comma-separated: png, svg (comparison.md links the first).", DefaultValueFactory = _ => "png,svg" };
        var noSeries = new Option<bool>("--no-series") { Description = "Compare wall times only, not the primary metric at each message size." };
        var nodes = IngestArguments.Nodes();
        var command = new Command("compare",
            "Compare two campaigns of the same benchmarks: per benchmark, series and node count the ratio of medians with its interval, a test against the practical threshold with the false-discovery rate controlled, and per benchmark whether its scaling changed by a constant factor or in its growth. Writes a report (Markdown and HTML), comparison.csv and scaling-comparison.csv. " +
            ExitCodes.HelpText)
        {
            baseline, candidate, output, threshold, fdr, format, noSeries, nodes,
        };
        command.SetAction(parseResult => IngestArguments.Guard(parseResult, (stdout, stderr) =>
        {
            ComparisonOptions comparison;
            IReadOnlyList<FigureFormat> formats;
            try
            {
                comparison = ComparisonOptions.Default with
                {
                    Threshold = Fraction(parseResult.GetValue(threshold)!, "--threshold", 0, 10),
                    FalseDiscoveryRate = Fraction(parseResult.GetValue(fdr)!, "--fdr", double.Epsilon, 0.5),
                };
                comparison = comparison with { Analysis = comparison.Analysis with { MetricSeries = !parseResult.GetValue(noSeries) } };
                formats = FigureFormats.Parse(parseResult.GetValue(format) ?? "png,svg");
            }
            catch (FormatException e)
            {
                stderr.WriteLine($"osu-scale: error: {e.Message}");
                return ExitCodes.Usage;
            }
            var b = parseResult.GetValue(baseline)!;
            var c = parseResult.GetValue(candidate)!;
            foreach (var path in new[] { b, c })
            {
                if (AnalyzeFolder(path))
                {
                    stderr.WriteLine($"osu-scale: error: {path} is an 'analyze' output folder (verdicts.json, no logs): comparing needs the logs themselves — give the folder of logs the analysis was made from");
                    return ExitCodes.InputError;
                }
            }

            var read = ReadOptions.Default with { Nodes = parseResult.GetValue(nodes) };
            var result = ScalingComparison.Run([b], [c], parseResult.GetValue(output)!, ScalingComparisonOptions.Default with
            {
                Read = read,
                Comparison = comparison,
                Formats = [.. formats],
            });
            Print(result.Comparison, stdout);
            stdout.WriteLine($"wrote {ComparisonFolder.MarkdownFile}, {ComparisonFolder.HtmlFile}, {ComparisonCsvExporter.CellsFileName}, {ComparisonCsvExporter.ChangesFileName} and plots/ to {parseResult.GetValue(output)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

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
        foreach (var note in comparison.Notes) stdout.WriteLine($"note: {note}");
    }
}
