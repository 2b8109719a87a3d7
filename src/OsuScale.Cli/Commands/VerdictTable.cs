using System.Globalization;
using OsuScale.Model;
using Spectre.Console;

namespace OsuScale.Cli.Commands;

/// <summary>
/// The verdict table <c>analyze</c> prints, fitted to the console's width: prediction intervals are wrapped under
/// their value rather than widening the table (<c>--wide</c> gives the console no limit).
/// </summary>
internal static class VerdictTable
{
    /// <param name="analysis">The analysis to print.</param>
    /// <param name="console">Where to print; its width decides the layout.</param>
    /// <param name="wide">One table with the predictions beside the verdicts, however wide; otherwise the predictions
    /// get a table of their own below, so that each fits 100 columns.</param>
    public static void Write(CampaignAnalysis analysis, IAnsiConsole console, bool wide)
    {
        var predictAt = analysis.Options.PredictAt;
        var table = new Table().Border(TableBorder.Rounded).Title("Wall-time verdicts");
        table.AddColumns("benchmark", "category", "growth", "exponent [[95%]]", "points", "confidence");
        if (wide) AddPredictionColumns(table, predictAt);
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
            if (wide) cells.AddRange(Predictions(v));
            table.AddRow(cells.ToArray());
        }
        console.Write(table);

        if (!wide && !predictAt.IsEmpty)
        {
            var predictions = new Table().Border(TableBorder.Rounded).Title("Predicted wall time [[95% interval]]");
            predictions.AddColumn("benchmark");
            AddPredictionColumns(predictions, predictAt);
            foreach (var v in analysis.Verdicts) predictions.AddRow([Markup.Escape(v.Benchmark), .. Predictions(v)]);
            console.Write(predictions);
        }
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Noise {VerdictWording.Percent(analysis.Noise.Relative)}: {analysis.Noise.Description}."));
        foreach (var e in analysis.Excluded)
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Not fitted: {e.Benchmark} at {e.Nodes?.ToString(CultureInfo.InvariantCulture) ?? "?"} nodes ({e.Source}): {e.Reason}"));
        foreach (var v in analysis.Verdicts) console.WriteLine($"{v.Benchmark}: {v.Reason}");
    }

    private static void AddPredictionColumns(Table table, IEnumerable<double> sizes)
    {
        foreach (var n in sizes) table.AddColumn(new TableColumn(string.Create(CultureInfo.InvariantCulture, $"at {n} nodes")).RightAligned());
    }

    private static IEnumerable<string> Predictions(ScalingVerdict verdict) =>
        verdict.Predictions.Select(p => Markup.Escape(Duration(p.Value) + " [" + Duration(p.Low) + ", " + Duration(p.High) + "]"));

    /// <summary>Seconds as a readable duration: <c>42 s</c>, <c>12.5 min</c>, <c>11.8 h</c>.</summary>
    internal static string Duration(double seconds) => seconds switch
    {
        double.PositiveInfinity => "∞",
        < 120 => seconds.ToString("0.#", CultureInfo.InvariantCulture) + " s",
        < 7200 => (seconds / 60).ToString("0.#", CultureInfo.InvariantCulture) + " min",
        _ => (seconds / 3600).ToString("0.#", CultureInfo.InvariantCulture) + " h",
    };
}
