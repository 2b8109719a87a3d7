using System.Text;

namespace OsuScale.IO;

/// <summary>
/// Turns names that come from untrusted input (benchmark names read from logs, series labels) into file names
/// that cannot leave the output folder, and joins them to it with a check.
/// </summary>
public static class SafePath
{
    private const int MaxLength = 100;

    /// <summary>
    /// A file-name-safe version of <paramref name="name"/>: letters, digits, <c>_</c>, <c>-</c> and <c>.</c> only,
    /// no leading dot, never empty, at most 100 characters. Different unsafe names may map to the same file name.
    /// </summary>
    public static string FileName(string name)
    {
        var sb = new StringBuilder(Math.Min(name.Length, MaxLength));
        foreach (var c in name)
        {
            if (sb.Length >= MaxLength) break;
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        }
        var result = sb.ToString().TrimStart('.');
        return result.Length == 0 || result.All(c => c == '_') ? "unnamed" + (result.Length == 0 ? "" : result) : result;
    }

    /// <summary>
    /// Joins a sanitised <paramref name="name"/> (plus an optional extension such as <c>.png</c>) to <paramref name="folder"/>
    /// and checks that the result is inside it.
    /// </summary>
    /// <exception cref="ArgumentException">The result would not be inside <paramref name="folder"/> (cannot happen for sanitised names; a guard).</exception>
    public static string Combine(string folder, string name, string extension = "")
    {
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, FileName(name) + extension));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
            throw new ArgumentException($"'{name}' would leave the folder '{folder}'.", nameof(name));
        return full;
    }
}
