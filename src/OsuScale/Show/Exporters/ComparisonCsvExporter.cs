using System.Globalization;
using CsvHelper;
using OsuScale.Compare;
using OsuScale.IO;
using OsuScale.Model;

namespace OsuScale.Show.Exporters;

/// <summary>
/// Writes a comparison as two CSV files: <c>comparison.csv</c>, one row per cell (benchmark, series, node count) with
/// both medians, the ratio and its interval, the p- and q-values, the test and the verdict; and
/// <c>scaling-comparison.csv</c>, one row per benchmark with both exponents, their difference, the level and the kind of
/// change. Invariant-culture round-trip numbers, <c>\n</c> line ends.
/// </summary>
public static class ComparisonCsvExporter
{
    /// <summary>The cells' file name.</summary>
    public const string CellsFileName = "comparison.csv";

    /// <summary>The scaling changes' file name.</summary>
    public const string ChangesFileName = "scaling-comparison.csv";

    /// <summary>The columns of <c>comparison.csv</c>.</summary>
    public static IReadOnlyList<string> CellsHeader { get; } =
    [
        "benchmark", "series", "nodes", "baseline_median", "candidate_median", "ratio", "ratio_low", "ratio_high", "q_value", "verdict",
        "p_value", "test", "baseline_runs", "candidate_runs", "unit", "inverted", "method",
    ];

    /// <summary>The columns of <c>scaling-comparison.csv</c>.</summary>
    public static IReadOnlyList<string> ChangesHeader { get; } =
    [
        "benchmark", "baseline_exponent", "candidate_exponent", "difference_low", "difference_high", "change",
        "baseline_exponent_low", "baseline_exponent_high", "candidate_exponent_low", "candidate_exponent_high", "difference",
        "level", "level_low", "level_high", "growth_q_value", "level_q_value", "nodes", "sentence",
    ];

    /// <summary>Writes one row per cell.</summary>
    public static void ExportCells(CampaignComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Write(writer, CellsHeader, comparison.Cells, (csv, c) =>
        {
            csv.WriteField(c.Benchmark);
            csv.WriteField(c.Series);
            csv.WriteField(Number(c.Nodes));
            csv.WriteField(Number(c.Baseline.Median));
            csv.WriteField(Number(c.Candidate.Median));
            csv.WriteField(Number(c.Ratio.Value));
            csv.WriteField(Number(c.Ratio.Low));
            csv.WriteField(Number(c.Ratio.High));
            csv.WriteField(Number(c.QValue));
            csv.WriteField(c.Verdict.ToName());
            csv.WriteField(Number(c.PValue));
            csv.WriteField(c.Test.ToName());
            csv.WriteField(c.Baseline.Count.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(c.Candidate.Count.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(c.Unit);
            csv.WriteField(c.Inverted ? "true" : "false");
            csv.WriteField(c.Method);
        });
    }

    /// <summary>Writes one row per benchmark.</summary>
    public static void ExportChanges(CampaignComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Write(writer, ChangesHeader, comparison.Changes, (csv, c) =>
        {
            csv.WriteField(c.Benchmark);
            csv.WriteField(Number(c.Baseline.Exponent.Value));
            csv.WriteField(Number(c.Candidate.Exponent.Value));
            csv.WriteField(Number(c.Difference.Low));
            csv.WriteField(Number(c.Difference.High));
            csv.WriteField(c.Kind.ToName());
            csv.WriteField(Number(c.Baseline.Exponent.Low));
            csv.WriteField(Number(c.Baseline.Exponent.High));
            csv.WriteField(Number(c.Candidate.Exponent.Low));
            csv.WriteField(Number(c.Candidate.Exponent.High));
            csv.WriteField(Number(c.Difference.Value));
            csv.WriteField(Number(c.Level.Value));
            csv.WriteField(Number(c.Level.Low));
            csv.WriteField(Number(c.Level.High));
            csv.WriteField(Number(c.GrowthQValue));
            csv.WriteField(Number(c.LevelQValue));
            csv.WriteField(string.Join(" ", c.Nodes.Select(Number)));
            csv.WriteField(c.Sentence);
        });
    }

    private static void Write<T>(TextWriter writer, IReadOnlyList<string> header, IEnumerable<T> rows, Action<CsvWriter, T> row)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = new CsvWriter(writer, CsvFormat.Writer(), leaveOpen: true);
        foreach (var h in header) csv.WriteField(h);
        csv.NextRecord();
        foreach (var r in rows)
        {
            row(csv, r);
            csv.NextRecord();
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
