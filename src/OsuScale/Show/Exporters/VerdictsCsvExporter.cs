using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using OsuScale.Model;

namespace OsuScale.Show.Exporters;

/// <summary>
/// Writes verdicts as CSV, one row per verdict: benchmark, series, category, growth, model, exponent with its
/// interval, points, repetitions, noise, confidence, reason, fit quality, the jump when there is one, and for every
/// node count asked for the prediction with its interval (<c>predicted_128_seconds</c>, <c>predicted_128_low</c>,
/// <c>predicted_128_high</c>; without the <c>_seconds</c> suffix for metric series, whose unit is in <c>unit</c>).
/// Numbers are invariant-culture round-trip values; lines end with <c>\n</c> on every platform.
/// </summary>
public sealed class VerdictsCsvExporter
{
    /// <summary>The file name for wall-time verdicts.</summary>
    public const string FileName = "verdicts.csv";

    /// <summary>The file name for metric-series verdicts.</summary>
    public const string SeriesFileName = "series-verdicts.csv";

    /// <summary>The exporter's name.</summary>
    public string Name => "verdicts-csv";

    /// <summary>Writes the wall-time verdicts of an analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="writer">Where to write.</param>
    public void Export(CampaignAnalysis analysis, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Export(analysis.Verdicts, analysis.Options.PredictAt, writer, seconds: true);
    }

    /// <summary>Writes the metric-series verdicts of an analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="writer">Where to write.</param>
    public void ExportSeries(CampaignAnalysis analysis, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Export(analysis.SeriesVerdicts, analysis.Options.PredictAt, writer, seconds: false);
    }

    /// <summary>Writes verdicts with prediction columns for <paramref name="predictAt"/>.</summary>
    /// <param name="verdicts">The verdicts.</param>
    /// <param name="predictAt">The node counts predicted at (one column group each).</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="seconds">True to suffix prediction columns with <c>_seconds</c> (wall time).</param>
    public void Export(IEnumerable<ScalingVerdict> verdicts, IReadOnlyList<double> predictAt, TextWriter writer, bool seconds)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(predictAt);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        string[] header =
        [
            "benchmark", "series", "category", "growth", "model", "exponent", "exponent_low", "exponent_high", "points",
            "repetitions", "noise", "noise_source", "confidence", "reason", "unit", "r_squared", "smape", "basis",
            "jump_after_nodes", "jump_at_nodes", "jump_ratio", "outliers",
        ];
        foreach (var h in header) csv.WriteField(h);
        foreach (var n in predictAt)
        {
            var label = Number(n);
            csv.WriteField(seconds ? $"predicted_{label}_seconds" : $"predicted_{label}");
            csv.WriteField($"predicted_{label}_low");
            csv.WriteField($"predicted_{label}_high");
        }
        csv.NextRecord();
        foreach (var v in verdicts)
        {
            csv.WriteField(v.Benchmark);
            csv.WriteField(v.Series);
            csv.WriteField(v.Category.ToName());
            csv.WriteField(v.Growth.ToName());
            csv.WriteField(v.Fit.Model.Formula);
            csv.WriteField(Number(v.Exponent.Value));
            csv.WriteField(Number(v.Exponent.Low));
            csv.WriteField(Number(v.Exponent.High));
            csv.WriteField(v.Points.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(v.Repetitions.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(Number(v.Noise));
            csv.WriteField(v.NoiseSource.ToName());
            csv.WriteField(v.Confidence.ToName());
            csv.WriteField(v.Reason);
            csv.WriteField(v.Unit);
            csv.WriteField(Number(v.Fit.RSquared));
            csv.WriteField(Number(v.Fit.Smape));
            csv.WriteField(v.Facts?.Basis.ToName() ?? "");
            csv.WriteField(v.Jump is null ? "" : Number(v.Jump.AfterNodes));
            csv.WriteField(v.Jump is null ? "" : Number(v.Jump.AtNodes));
            csv.WriteField(v.Jump is null ? "" : Number(v.Jump.Ratio));
            csv.WriteField(v.Outliers.Length.ToString(CultureInfo.InvariantCulture));
            foreach (var n in predictAt)
            {
                var p = v.Predictions.FirstOrDefault(x => x.Nodes == n);
                csv.WriteField(p is null ? "" : Number(p.Value));
                csv.WriteField(p is null ? "" : Number(p.Low));
                csv.WriteField(p is null ? "" : Number(p.High));
            }
            csv.NextRecord();
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
