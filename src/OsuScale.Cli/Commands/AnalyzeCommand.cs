using System.CommandLine;
using System.Globalization;
using OsuScale.Model;
using OsuScale.Show.Exporters;
using Spectre.Console;

namespace OsuScale.Cli.Commands;

/// <summary><c>osu-scale analyze INPUT... -o DIR [--predict 128,256] [--nodes N] [--no-series]</c>: fit, classify, predict.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = IngestArguments.Inputs();
        var output = new Option<string>("--output", "-o") { Description = "Folder to write verdicts.csv, series-verdicts.csv and verdicts.json into (created if needed; files replaced).", Required = true };
        var predict = new Option<string?>("--predict") { Description = NumberLists.PredictHelp };
        var noSeries = new Option<bool>("--no-series") { Description = "Model only wall times, not the primary metric at each message size." };
        var nodes = IngestArguments.Nodes();
        var command = new Command("analyze",
            "Fit scaling laws to every benchmark's wall time (and its primary metric at each message size), classify each as size-independent, possible-issue or scaling-issue against the run-to-run noise, and predict larger sizes. Prints a verdict table; writes verdicts.csv, series-verdicts.csv and verdicts.json. " + ExitCodes.HelpText)
        {
            inputs, output, predict, noSeries, nodes,
        };
        command.SetAction(parseResult => IngestArguments.Guard(parseResult, (stdout, stderr) =>
        {
            if (NumberLists.Counts(parseResult.GetValue(predict) is "none" ? null : parseResult.GetValue(predict), "--predict", out var error) is null)
            {
                stderr.WriteLine($"osu-scale: error: {error}");
                return ExitCodes.Usage;
            }
            var campaign = IngestArguments.Read(parseResult.GetValue(inputs)!, parseResult.GetValue(nodes));
            IngestArguments.WarnAboutIncomplete(campaign, stderr);
            var options = AnalysisOptions.Default with
            {
                PredictAt = NumberLists.Predictions(parseResult.GetValue(predict), campaign),
                MetricSeries = !parseResult.GetValue(noSeries),
            };
            var analysis = new ScalingAnalyser().Analyse(campaign, options);
            Print(analysis, stdout);
            foreach (var note in analysis.Notes) stderr.WriteLine($"osu-scale: note: {note}");

            var folder = parseResult.GetValue(output)!;
            VerdictFiles.Write(analysis, folder);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{analysis.Verdicts.Length} benchmark verdict(s), {analysis.SeriesVerdicts.Length} message-size verdict(s); wrote {VerdictsCsvExporter.FileName}, {VerdictsCsvExporter.SeriesFileName}, {VerdictsJsonExporter.FileName} to {folder}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(CampaignAnalysis analysis, TextWriter stdout)
    {
        // Colours only on a terminal; redirected output (a file, a test) gets plain text at a fixed width.
        var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal) console.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Rounded).Title("Wall-time verdicts");
        table.AddColumns("benchmark", "category", "growth", "exponent [[95%]]", "points", "confidence");
        foreach (var n in analysis.Options.PredictAt) table.AddColumn(new TableColumn(string.Create(CultureInfo.InvariantCulture, $"at {n} nodes")).RightAligned());
        foreach (var v in analysis.Verdicts)
        {
            var colour = v.Category switch
            {
                ScalingCategory.ScalingIssue => "red",
                ScalingCategory.PossibleIssue => "yellow",
                _ => "green",
            };
            List<string> cells =
            [
                Markup.Escape(v.Benchmark),
                $"[{colour}]{v.Category.ToName()}[/]",
                v.Growth.ToName(),
                Markup.Escape(VerdictWording.Exponent(v.Exponent)),
                v.Points.ToString(CultureInfo.InvariantCulture),
                v.Confidence.ToName(),
            ];
            cells.AddRange(v.Predictions.Select(p => Markup.Escape(Duration(p.Value) + " [" + Duration(p.Low) + ", " + Duration(p.High) + "]")));
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Noise {VerdictWording.Percent(analysis.Noise.Relative)}: {analysis.Noise.Description}."));
        foreach (var e in analysis.Excluded)
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Not fitted: {e.Benchmark} at {e.Nodes?.ToString(CultureInfo.InvariantCulture) ?? "?"} nodes ({e.Source}): {e.Reason}"));
        foreach (var v in analysis.Verdicts) console.WriteLine($"{v.Benchmark}: {v.Reason}");
    }

    /// <summary>Seconds as a readable duration: <c>42 s</c>, <c>12.5 min</c>, <c>11.8 h</c>.</summary>
    internal static string Duration(double seconds) => seconds switch
    {
        double.PositiveInfinity => "∞",
        < 120 => seconds.ToString("0.#", CultureInfo.InvariantCulture) + " s",
        < 7200 => (seconds / 60).ToString("0.#", CultureInfo.InvariantCulture) + " min",
        _ => (seconds / 3600).ToString("0.#", CultureInfo.InvariantCulture) + " h",
    };
}
