namespace OsuScale.Tests.Show;

/// <summary>
/// The folders of the Show tests' golden images and snapshots in the source tree, found upwards from the test binaries
/// (not through CallerFilePath, which CI builds map to <c>/_/…</c> for deterministic paths).
/// </summary>
internal static class ShowTestFiles
{
    /// <summary>True when the golden files should be rewritten (<c>OSU_SCALE_UPDATE_GOLDEN=1</c>; fails in CI).</summary>
    public static bool Update => OsuScale.Tests.Support.UpdateVariables.Requested(OsuScale.Tests.Support.UpdateVariables.Golden);

    /// <summary><c>tests/OsuScale.Tests/Show/Golden</c>.</summary>
    public static string Golden => Folder("Golden");

    /// <summary><c>tests/OsuScale.Tests/Show/Snapshots</c>.</summary>
    public static string Snapshots => Folder("Snapshots");

    private static string Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Show", name);
            if (File.Exists(Path.Combine(dir.FullName, "OsuScale.Tests.csproj")) && Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"Show/{name} not found above {AppContext.BaseDirectory}");
    }
}
