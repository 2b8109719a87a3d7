namespace OsuScale.Cli;

/// <summary>
/// Finds the synthetic example campaign that <c>osu-scale report</c> analyses when no input is given: the folder
/// <c>data/example</c> beside the executable (the CLI project copies it into its output and its tool package), else in
/// the current folder or one of its parents (a checkout), else beside one of the executable's parent folders.
/// </summary>
internal static class ExampleCampaign
{
    /// <summary>The example's path relative to a checkout or to the executable.</summary>
    public static readonly string RelativePath = Path.Combine("data", "example");

    /// <summary>
    /// The example folder as the report should name it: relative to the current folder when a copy is found there or
    /// in a parent (<c>data/example</c> in a checkout, never the build output's copy), else the copy beside the
    /// executable (an installed tool); null when none is found.
    /// </summary>
    public static string? LocateForDisplay(string? currentDirectory = null, string? baseDirectory = null)
    {
        var cwd = currentDirectory ?? Directory.GetCurrentDirectory();
        return Locate(cwd, cwd) is { } near ? Path.GetRelativePath(cwd, near) : Locate(cwd, baseDirectory);
    }

    /// <summary>The example folder, or null when none is found.</summary>
    public static string? Locate(string? currentDirectory = null, string? baseDirectory = null)
    {
        foreach (var start in new[] { baseDirectory ?? AppContext.BaseDirectory, currentDirectory ?? Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (Directory.Exists(candidate) && Directory.EnumerateFileSystemEntries(candidate).Any()) return candidate;
            }
        }
        return null;
    }
}
