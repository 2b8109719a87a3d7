using OsuScale.Show.Exporters;
using OsuScale.Show.Report;
using SkiaSharp;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Exporters;

public class ReportFolderTests
{
    [Fact]
    public void The_folder_has_the_reports_the_tables_and_every_figure_in_every_format()
    {
        var folder = Directory.CreateTempSubdirectory("osu-scale-report-").FullName;
        try
        {
            var report = ReportBuilder.Build(Campaign(), Verdicts(), SeriesVerdicts());
            var steps = new List<ReportProgress>();
            var written = ReportFolder.Write(report, Campaign(), folder, [FigureFormat.Png, FigureFormat.Svg], new SyncProgress(steps.Add));

            var expected = report.AllFigures.SelectMany(f => new[] { $"plots/{f.FileName}.png", $"plots/{f.FileName}.svg" })
                .Concat(["times.csv", "results.csv", "report.md", "report.html"]).Order().ToList();
            var actual = written.Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/')).Order().ToList();
            Assert.Equal(expected, actual);

            // Every PNG decodes to the figure's size, and the HTML embeds exactly those bytes.
            var html = File.ReadAllText(Path.Combine(folder, "report.html"));
            foreach (var figure in report.AllFigures)
            {
                var bytes = File.ReadAllBytes(Path.Combine(folder, "plots", figure.FileName + ".png"));
                using var bitmap = SKBitmap.Decode(bytes);
                Assert.Equal((figure.Width, figure.Height), (bitmap.Width, bitmap.Height));
                Assert.Contains(Convert.ToBase64String(bytes), html);
            }
            Assert.Contains("(plots/overview.png)", File.ReadAllText(Path.Combine(folder, "report.md")));
            Assert.StartsWith("benchmark,nodes,processes,iteration,wall_seconds", File.ReadAllText(Path.Combine(folder, "times.csv")));

            Assert.Equal(steps.Count - 1, steps[^1].Done);
            Assert.Equal(steps[^1].Total, steps[^1].Done);
            Assert.True(steps.Zip(steps.Skip(1)).All(p => p.First.Done <= p.Second.Done));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class SyncProgress(Action<ReportProgress> report) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => report(value);
    }
}
