namespace OsuScale.Cli.Infrastructure;

/// <summary>
/// Checks an output path before any work starts, so that <c>-o afile</c> or <c>-o afile/out</c> fails at once with a
/// plain message (exit 3) instead of a .NET message after everything was read and analysed.
/// </summary>
internal static class OutputPaths
{
    /// <summary>The folder <paramref name="path"/> can be created (or already is a folder).</summary>
    /// <exception cref="CliException">It, or one of its parents, is a file.</exception>
    public static void CheckFolder(string path, string option = "--output")
    {
        var full = Full(path, option);
        if (File.Exists(full)) throw CliException.InputOutput($"{option} {path}: '{path}' is a file, not a folder");
        CheckParents(path, full, option);
    }

    /// <summary>The file <paramref name="path"/> can be written: not a folder, and its folder exists.</summary>
    /// <exception cref="CliException">It is a folder, or its folder is missing or is a file.</exception>
    public static void CheckFile(string path, string option = "--output")
    {
        var full = Full(path, option);
        if (Directory.Exists(full)) throw CliException.InputOutput($"{option} {path}: '{path}' is a folder, not a file");
        var parent = Path.GetDirectoryName(full);
        if (parent is null) return;
        if (File.Exists(parent)) throw CliException.InputOutput($"{option} {path}: '{Relative(path, parent)}' is a file, not a folder");
        if (!Directory.Exists(parent)) throw CliException.InputOutput($"{option} {path}: the folder '{Relative(path, parent)}' does not exist");
    }

    private static string Full(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path)) throw CliException.Usage($"{option}: the path is empty");
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw CliException.Usage($"{option} {path}: not a valid path");
        }
    }

    private static void CheckParents(string path, string full, string option)
    {
        for (var dir = Path.GetDirectoryName(full); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir)) return;
            if (File.Exists(dir)) throw CliException.InputOutput($"{option} {path}: '{Relative(path, dir)}' is a file, not a folder");
        }
    }

    /// <summary>The parent as the user wrote it when the path was relative.</summary>
    private static string Relative(string path, string parentFull) =>
        Path.IsPathRooted(path) ? parentFull : Path.GetRelativePath(Directory.GetCurrentDirectory(), parentFull);
}
