using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OsuScale.Campaigns;
using OsuScale.IO;

namespace OsuScale.Tests.Campaigns;

/// <summary>Benchmark names read from logs cannot make the tables writer leave its output folder.</summary>
public class SafeOutputProperties
{
    private static readonly Gen<string> HostileName = Gen.OneOf(
        Gen.Elements("../../etc/passwd", "..", ".", "/abs/path", "C:\\windows\\x", "a/../../b", "\0", "", "....//", "~", "con", ".hidden", new string('a', 500)),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    [Property(MaxTest = 500)]
    public Property SafePath_results_stay_inside_the_folder() =>
        Prop.ForAll(HostileName.ToArbitrary(), name =>
        {
            var root = Path.GetFullPath(Path.GetTempPath());
            var full = SafePath.Combine(root, name, ".csv");
            Assert.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, full);
            Assert.Equal(root.TrimEnd(Path.DirectorySeparatorChar), Path.GetDirectoryName(full));
        });

    [Property(MaxTest = 30)]
    public Property Tables_writer_keeps_every_file_inside_the_output_folder() =>
        Prop.ForAll(Gen.NonEmptyListOf(HostileName).ToArbitrary(), names =>
        {
            var dir = Directory.CreateTempSubdirectory("safe-").FullName;
            try
            {
                var campaign = new Campaign([.. names.Select(Execution)], []);
                var written = CampaignTables.WriteFolder(campaign, dir, perBenchmark: true);
                var prefix = Path.GetFullPath(dir) + Path.DirectorySeparatorChar;
                Assert.All(written, p => Assert.StartsWith(prefix, Path.GetFullPath(p)));
                Assert.All(Directory.EnumerateFiles(Path.GetDirectoryName(dir)!, "*", SearchOption.TopDirectoryOnly)
                    .Where(f => File.GetLastWriteTimeUtc(f) > DateTime.UtcNow.AddSeconds(-5) && f.EndsWith(".csv", StringComparison.Ordinal)),
                    f => Assert.Fail($"a file was written beside the output folder: {f}"));
            }
            finally { Directory.Delete(dir, recursive: true); }
        });

    private static Execution Execution(string name) =>
        new(name, 4, 2, 1, 1.0, 0.5, 0.5,
            new OsuOutput(OsuScale.Benchmarks.BenchmarkCatalog.Unknown(name), null, null, ImmutableDictionary<string, string>.Empty,
                [new OsuTable([new OsuColumn("Latency (us)", "latency", OsuScale.Benchmarks.MetricUnit.Microseconds)], [new OsuRow(1, [1.0], 1)], null)], null),
            ExecutionStatus.Complete, "", new SourceLocation("x.log", 1), null, null, LogMetadata.Empty);
}
