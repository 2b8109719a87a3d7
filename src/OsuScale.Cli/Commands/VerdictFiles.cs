using OsuScale.Model;
using OsuScale.Show.Exporters;

namespace OsuScale.Cli.Commands;

/// <summary>The verdict files that <c>analyze</c> and <c>report</c> both write: verdicts.csv, series-verdicts.csv, verdicts.json.</summary>
internal static class VerdictFiles
{
    /// <summary>Writes the three files into <paramref name="folder"/> (created; older files replaced whole) and returns their paths.</summary>
    public static IReadOnlyList<string> Write(CampaignAnalysis analysis, string folder)
    {
        Directory.CreateDirectory(folder);
        var csv = new VerdictsCsvExporter();
        var verdicts = Path.Combine(folder, VerdictsCsvExporter.FileName);
        using (var writer = new StreamWriter(verdicts, append: false)) csv.Export(analysis, writer);
        var series = Path.Combine(folder, VerdictsCsvExporter.SeriesFileName);
        using (var writer = new StreamWriter(series, append: false)) csv.ExportSeries(analysis, writer);
        var json = Path.Combine(folder, VerdictsJsonExporter.FileName);
        using (var stream = File.Create(json)) new VerdictsJsonExporter().Export(analysis, stream);
        return [verdicts, series, json];
    }
}
