using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml.Linq;
using OsuScale.Simulation;

namespace OsuScale.Tests.Distribution;

/// <summary>
/// What users install is what is tested: both packages are packed into a local folder feed, the library is referenced
/// from a fresh console project outside the checkout (its own nuget.config: the feed and nuget.org) and the tool is
/// installed into a fresh tool path; both then run on a small simulated campaign.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PackageInstallTests(PackedFeed packed) : IClassFixture<PackedFeed>
{
    private static readonly TimeSpan Minutes5 = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_library_package_has_both_targets_docs_readme_licence_symbols_and_sourcelink()
    {
        var nupkg = Path.Combine(packed.Feed, $"OsuScale.{packed.Version}.nupkg");
        Assert.True(File.Exists(nupkg), $"{nupkg} missing; feed has: {string.Join(", ", Directory.GetFiles(packed.Feed).Select(Path.GetFileName))}");
        Assert.True(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), "the symbol package .snupkg is missing");

        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/OsuScale.dll", entries);
            Assert.Contains($"lib/{tfm}/OsuScale.xml", entries);
        }
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        // The notebook extension is where .NET Interactive looks for it, and only there: lib/ holds the library alone.
        Assert.Contains("interactive-extensions/dotnet/OsuScale.Interactive.dll", entries);
        Assert.Equal(["OsuScale.dll", "OsuScale.xml"],
            entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Select(Path.GetFileName).Distinct().Order(StringComparer.Ordinal));

        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName == "OsuScale.nuspec").Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal(packed.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        // SourceLink: the repository element carries the commit the sources came from.
        var repository = metadata.Element(ns + "repository")!;
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")!.Value);
        // PNG rendering needs Skia's and HarfBuzz's native libraries on Linux: they must flow to consumers.
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToHashSet();
        Assert.Contains("SkiaSharp.NativeAssets.Linux.NoDependencies", dependencies);
        Assert.Contains("HarfBuzzSharp.NativeAssets.Linux", dependencies);
        Assert.Contains("OxyPlot.SkiaSharp", dependencies);
        // The kernel provides .NET Interactive: the package forces it on nobody.
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tool_is_a_small_top_level_package_and_a_readytorun_package_per_platform_of_at_most_25_MB()
    {
        var rid = PackedFeed.ToolRuntimeIdentifier;
        var top = Path.Combine(packed.Feed, $"osu-scale.{packed.Version}.nupkg");
        var platform = Path.Combine(packed.Feed, $"osu-scale.{rid}.{packed.Version}.nupkg");
        Assert.True(File.Exists(top) && File.Exists(platform), "feed has: " + string.Join(", ", Directory.GetFiles(packed.Feed).Select(Path.GetFileName)));

        // The top-level package only points at the platform packages.
        Assert.True(new FileInfo(top).Length < 100_000, $"{top}: {new FileInfo(top).Length} bytes");
        using (var zip = ZipFile.OpenRead(top))
        {
            Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
            using var settings = new StreamReader(zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
            Assert.Contains($"osu-scale.{rid}", settings.ReadToEnd());
        }

        // What a user of this platform downloads: at most 25 MB (it was 44-98 MB with every platform's native assets).
        Assert.True(new FileInfo(platform).Length <= 25L * 1024 * 1024, $"{platform}: {new FileInfo(platform).Length / 1024.0 / 1024.0:0.0} MB");
        using var package = ZipFile.OpenRead(platform);
        var entries = package.Entries.Select(e => e.FullName).ToList();
        var folder = $"tools/net10.0/{rid}/";
        Assert.Contains(folder + "osu-scale.dll", entries);
        Assert.Contains(entries, e => e.StartsWith(folder + "data/example/", StringComparison.Ordinal));
        // Only this platform's native libraries, placed beside the executable.
        Assert.Contains(entries, e => e.StartsWith(folder + "libSkiaSharp", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("/runtimes/", StringComparison.Ordinal) || e.EndsWith(".dylib", StringComparison.Ordinal));
        // ReadyToRun: the assemblies carry precompiled native code (a managed-native header), so start-up does not wait for the JIT.
        foreach (var assembly in new[] { "osu-scale.dll", "OsuScale.dll", "System.CommandLine.dll", "Spectre.Console.dll" })
            Assert.True(IsReadyToRun(package.GetEntry(folder + assembly)!), assembly + " is not ReadyToRun");
    }

    private static bool IsReadyToRun(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open()) source.CopyTo(stream);
        stream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    [Fact]
    public void A_fresh_console_project_referencing_the_package_reads_analyses_and_renders()
    {
        var project = packed.NewFolder("consumer");
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OsuScale" Version="{packed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using System.Collections.Immutable;
            using System.Reflection;
            using OsuScale.Ingest;
            using OsuScale.Model;
            using OsuScale.Show.Exporters;
            using OsuScale.Show.Plots;
            using OsuScale.Simulation;

            var dir = args[0];
            var logs = Path.Combine(dir, "logs");
            CampaignSimulator.Write(SimulationSpec.Example(ImmutableArray.Create(4, 8, 16, 32), repetitions: 1, noise: 0.05, seed: 7), logs);
            var campaign = CampaignReader.Read([logs]);
            var analysis = new ScalingAnalyser().Analyse(campaign);
            foreach (var v in analysis.Verdicts) Console.WriteLine($"verdict {v.Benchmark} {v.Category.ToName()}");
            var plot = ScalingPlot.Build(campaign, "osu_allgather", analysis.Verdict("osu_allgather"));
            File.WriteAllBytes(Path.Combine(dir, "allgather.png"), PngFigureExporter.ToBytes(plot, 640, 400));
            File.WriteAllText(Path.Combine(dir, "allgather.svg"), SvgFigureExporter.ToText(plot, 640, 400));
            Console.WriteLine("library " + typeof(CampaignReader).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
            """);
        var output = packed.NewFolder("consumer-output");

        var run = DotnetProcess.RunDotnet(project, Minutes5, "run", "-c", "Release", "--", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        // The library came from the feed, at this run's unique version, not from the checkout.
        using (var assets = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "obj", "project.assets.json"))))
        {
            var libraries = assets.RootElement.GetProperty("libraries");
            Assert.True(libraries.TryGetProperty($"OsuScale/{packed.Version}", out var library), "OsuScale " + packed.Version + " not in project.assets.json");
            Assert.Equal("package", library.GetProperty("type").GetString());
            Assert.Contains(libraries.EnumerateObject(), l => l.Name.StartsWith("SkiaSharp.NativeAssets.Linux", StringComparison.Ordinal));
        }
        Assert.Contains("library " + packed.Version, run.StdOut);
        // A console app gets the library, not the notebook extension.
        Assert.Empty(Directory.GetFiles(Path.Combine(project, "bin"), "OsuScale.Interactive.dll", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(project, "bin"), "Microsoft.DotNet.Interactive*.dll", SearchOption.AllDirectories));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(project, "bin"), "OsuScale.dll", SearchOption.AllDirectories));
        var verdicts = run.StdOut.Split('\n').Where(l => l.StartsWith("verdict ", StringComparison.Ordinal)).ToList();
        Assert.Equal(SimulationSpec.Example().Benchmarks.Length, verdicts.Count);
        Assert.Contains("verdict osu_allgather scaling-issue", verdicts);
        AssertPng(Path.Combine(output, "allgather.png"), 640, 400);
        var svg = File.ReadAllText(Path.Combine(output, "allgather.svg"));
        Assert.StartsWith("<?xml", svg);
        Assert.Contains("<svg", svg);
        Assert.Contains("osu_allgather", svg);
    }

    [Fact]
    public void The_tool_installs_from_the_feed_and_analyses_a_campaign()
    {
        var tools = packed.NewFolder("tools");
        var install = DotnetProcess.RunDotnet(packed.Root, Minutes5,
            "tool", "install", "--tool-path", tools, "--add-source", packed.Feed, "osu-scale", "--version", packed.Version);
        Assert.True(install.ExitCode == 0, install.ToString());
        var exe = Path.Combine(tools, OperatingSystem.IsWindows() ? "osu-scale.exe" : "osu-scale");
        Assert.True(File.Exists(exe), $"{exe} missing after install:\n{install}");

        var version = DotnetProcess.Run(exe, ["--version"], packed.Root, Minutes5);
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.StartsWith(packed.Version, version.StdOut.Trim());

        var logs = packed.NewFolder("tool-logs");
        CampaignSimulator.Write(SimulationSpec.Example(System.Collections.Immutable.ImmutableArray.Create(4, 8, 16, 32), repetitions: 1, noise: 0.05, seed: 11), logs);
        var output = Path.Combine(packed.Root, "tool-output");
        var analyze = DotnetProcess.Run(exe, ["analyze", logs, "-o", output, "--predict", "128"], packed.Root, Minutes5);
        Assert.True(analyze.ExitCode == 0, analyze.ToString());
        Assert.Contains("osu_allgather", analyze.StdOut);
        var csv = File.ReadAllLines(Path.Combine(output, "verdicts.csv"));
        Assert.StartsWith("benchmark,", csv[0]);
        Assert.Equal(SimulationSpec.Example().Benchmarks.Length, csv.Length - 1);
        Assert.Contains(csv, l => l.StartsWith("osu_allgather,", StringComparison.Ordinal) && l.Contains(",scaling-issue,", StringComparison.Ordinal));
        Assert.True(new FileInfo(Path.Combine(output, "verdicts.json")).Length > 0);

        // The example campaign travels with the tool: 'report' without input renders it (PNG through the native Skia).
        var report = Path.Combine(packed.Root, "tool-report");
        var example = DotnetProcess.Run(exe, ["report", "-o", report, "--format", "png"], packed.Root, Minutes5, new Dictionary<string, string> { ["CI"] = "true" });
        Assert.True(example.ExitCode == 0, example.ToString());
        Assert.Contains("osu_allgather", File.ReadAllText(Path.Combine(report, "report.md")));
        AssertPng(Directory.GetFiles(Path.Combine(report, "plots"), "overview*.png").Single(), null, null);

        // And a bad input fails the documented way: exit code 3, one line naming the file.
        var missing = Path.Combine(packed.Root, "no-such-folder");
        var bad = DotnetProcess.Run(exe, ["analyze", missing, "-o", output], packed.Root, Minutes5);
        Assert.True(bad.ExitCode == 3, bad.ToString());
        Assert.StartsWith("osu-scale: error:", bad.StdErr);
        Assert.Contains("no-such-folder", bad.StdErr);
    }

    [Fact]
    public void The_quickstart_sample_builds_against_the_package_and_runs()
    {
        var obj = Path.Combine(packed.Root, "quickstart-obj") + Path.DirectorySeparatorChar;
        var bin = packed.NewFolder("quickstart-bin");
        var build = DotnetProcess.RunDotnet(packed.Repository, Minutes5,
            "build", Path.Combine(packed.Repository, "samples", "QuickStart", "QuickStart.csproj"), "-c", "Release", "--nologo", "-v", "q",
            "-p:UsePackage=true", "-p:OsuScaleVersion=" + packed.Version, "-p:RestoreAdditionalProjectSources=" + packed.Feed,
            "-p:BaseIntermediateOutputPath=" + obj, "-o", bin);
        Assert.True(build.ExitCode == 0, build.ToString());
        using (var assets = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(obj, "project.assets.json"))))
        {
            var library = assets.RootElement.GetProperty("libraries").GetProperty($"OsuScale/{packed.Version}");
            Assert.Equal("package", library.GetProperty("type").GetString());
        }

        var output = Path.Combine(packed.Root, "quickstart-output");
        var run = DotnetProcess.Run(DotnetProcess.Dotnet, [Path.Combine(bin, "QuickStart.dll"), Path.Combine(packed.Repository, "data", "example"), output],
            packed.Root, Minutes5);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("osu_allgather          scaling-issue", run.StdOut);
        AssertPng(Directory.GetFiles(output, "scaling-*.png").Single(), null, null);
    }

    private static void AssertPng(string path, int? width, int? height)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 2000, $"{path}: {bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        if (width is not null) Assert.Equal(width.Value, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        if (height is not null) Assert.Equal(height.Value, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
