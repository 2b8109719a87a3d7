using System.Globalization;
using System.Xml.Linq;

namespace OsuScale.Tests.Distribution;

/// <summary>
/// Packs the OsuScale library and the osu-scale tool, exactly as <c>dotnet pack</c> does for a release, into a fresh
/// temporary folder feed, with a unique prerelease version: the global NuGet cache can never hold a stale copy of it,
/// so everything installed from the feed comes from this checkout. Built under its own artifacts folder, so the
/// checkout's bin/obj folders are left alone. Shared by the tests of a class; deleted afterwards.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Repository = FindRepository();
        Root = Directory.CreateTempSubdirectory("osu-scale-dist-").FullName;
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        var prefix = XDocument.Load(Path.Combine(Repository, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value.Trim();
        Suffix = "disttest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8];
        Version = prefix + "-" + Suffix;
        var artifacts = Path.Combine(Root, "artifacts");
        // The tool is packed for this machine's platform only (a release packs every RID of the project; each platform
        // package is built the same way), so the test installs exactly what a user of this platform gets.
        foreach (var (project, extra) in new[] { ("src/OsuScale/OsuScale.csproj", ""), ("src/OsuScale.Cli/OsuScale.Cli.csproj", "-p:ToolPackageRuntimeIdentifiers=" + ToolRuntimeIdentifier) })
        {
            string[] arguments = ["pack", Path.Combine(Repository, project), "-c", "Release", "-o", Feed, "--artifacts-path", artifacts,
                "-p:VersionSuffix=" + Suffix, "--nologo", "-v", "q", "-clp:ErrorsOnly"];
            var result = DotnetProcess.RunDotnet(Repository, TimeSpan.FromMinutes(8), extra.Length > 0 ? [.. arguments, extra] : arguments);
            PackResults.Add(result);
            if (result.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed:\n" + result);
        }
    }

    /// <summary>The runtime identifier of this machine (<c>linux-x64</c>): the platform package the tool is installed from.</summary>
    public static string ToolRuntimeIdentifier => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;

    /// <summary>The checkout (the folder holding OsuScale.sln).</summary>
    public string Repository { get; }

    /// <summary>A temporary folder for everything the tests create.</summary>
    public string Root { get; }

    /// <summary>The folder feed holding the packages.</summary>
    public string Feed { get; }

    /// <summary>The prerelease suffix, unique to this run.</summary>
    public string Suffix { get; }

    /// <summary>The package version: the repository's VersionPrefix and <see cref="Suffix"/>.</summary>
    public string Version { get; }

    /// <summary>The pack commands and their output.</summary>
    internal List<ProcessResult> PackResults { get; } = [];

    /// <summary>A new empty folder under <see cref="Root"/>.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        // The unique version is of no use after the run: remove it from the global NuGet cache too.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var folder in new[] { Root, Path.Combine(cache, "osuscale", Version.ToLowerInvariant()), Path.Combine(cache, "osu-scale", Version.ToLowerInvariant()) })
        {
            try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OsuScale.sln"))) return dir.FullName;
        throw new InvalidOperationException("OsuScale.sln not found above " + AppContext.BaseDirectory);
    }
}
