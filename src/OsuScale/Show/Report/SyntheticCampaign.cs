namespace OsuScale.Show.Report;

/// <summary>
/// Tells a synthetic campaign from a measured one: <c>osu-scale simulate</c> writes a <c>README.md</c> beside its logs
/// whose first line is <c># Synthetic OSU campaign (not measured)</c>; a campaign is synthetic when a folder it was
/// read from (or the folder of a log file given) has that README.
/// </summary>
public static class SyntheticCampaign
{
    /// <summary>The first line of the README that <c>osu-scale simulate</c> writes.</summary>
    public const string ReadmeHeading = "# Synthetic OSU campaign";

    /// <summary>True when one of <paramref name="inputs"/> (files or folders, as read) is a synthetic campaign.</summary>
    public static bool Detect(IEnumerable<string> inputs) =>
        inputs.Select(i => Directory.Exists(i) ? i : Path.GetDirectoryName(Path.GetFullPath(i)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Any(IsSyntheticFolder);

    private static bool IsSyntheticFolder(string folder)
    {
        var readme = Path.Combine(folder, "README.md");
        if (!File.Exists(readme)) return false;
        using var reader = new StreamReader(readme);
        return reader.ReadLine()?.StartsWith(ReadmeHeading, StringComparison.Ordinal) == true;
    }
}
