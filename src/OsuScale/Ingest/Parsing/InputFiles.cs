using System.Security.Cryptography;
using System.Text.RegularExpressions;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>
/// The files a list of inputs stands for: files as given, folders expanded, <c>-</c> for standard input; a file
/// reached twice — by the same resolved path (<c>DIR DIR/F</c>, a symbolic link) or with the same content (a copy) — is
/// read once, with a note (unless their names declare different sizes or iterations). Pipes (<c>/dev/fd/N</c>, <c>-</c>) are never hashed: reading them would consume them.
/// </summary>
internal static partial class InputFiles
{
    private const int QuickHashBytes = 1 << 16;

    public static List<(string Path, bool FromFolder)> Expand(IEnumerable<string> paths, Notes notes)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<(string Path, bool FromFolder)>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path);
            if (path == InputSource.StandardInput || File.Exists(path)) files.Add((path, false));
            else if (Directory.Exists(path))
            {
                List<string> found;
                try
                {
                    found = CampaignReader.FolderPatterns.SelectMany(p => Directory.EnumerateFiles(path, p, SearchOption.TopDirectoryOnly))
                        .Distinct(StringComparer.Ordinal)
                        .Order(NaturalComparer.Instance)
                        .ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new OsuParseException(new SourceLocation(path, 0), $"cannot list the folder: {e.Message}", null, e);
                }
                if (found.Count == 0)
                    throw new OsuParseException(new SourceLocation(path, 0), $"no log files ({string.Join(", ", CampaignReader.FolderPatterns)}) in this folder");
                files.AddRange(found.Select(f => (f, true)));
            }
            else throw new OsuParseException(new SourceLocation(path, 0), "no such file or folder");
        }
        return ReadOnce(files, notes);
    }

    private static List<(string Path, bool FromFolder)> ReadOnce(List<(string Path, bool FromFolder)> files, Notes notes)
    {
        var kept = new List<(string Path, bool FromFolder)>();
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var byQuickHash = new Dictionary<(long, string), List<string>>();
        var fullHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var stdin = false;
        foreach (var file in files)
        {
            if (file.Path == InputSource.StandardInput)
            {
                if (stdin) notes.Info(new SourceLocation(file.Path, 0), "read-once", "standard input given twice; read once");
                else kept.Add(file);
                stdin = true;
                continue;
            }
            if (IsPipe(file.Path) || new FileInfo(file.Path).Length == 0)
            {
                // Pipes (and empty files, refused when read) are not hashed: opening a pipe to hash it would consume it.
                kept.Add(file);
                continue;
            }
            var resolved = Resolve(file.Path);
            if (byPath.TryGetValue(resolved, out var first))
            {
                notes.Info(new SourceLocation(file.Path, 0), "read-once", $"the same file as {first}; read once");
                continue;
            }
            byPath[resolved] = file.Path;
            if (QuickHash(file.Path) is { } quick)
            {
                if (!byQuickHash.TryGetValue(quick, out var candidates)) byQuickHash[quick] = candidates = [];
                // Equal bytes under names that declare different runs (size-4-iter-1.log, size-4-iter-2.log) are two
                // runs that printed the same thing, as a simulated cluster does: the names decide.
                var copyOf = candidates.FirstOrDefault(c => Lines.FileNameHints(c) == Lines.FileNameHints(file.Path)
                    && FullHash(c, fullHashes) is { } a && a == FullHash(file.Path, fullHashes));
                if (copyOf is not null)
                {
                    notes.Info(new SourceLocation(file.Path, 0), "read-once", $"the same content as {copyOf}; read once");
                    continue;
                }
                candidates.Add(file.Path);
            }
            kept.Add(file);
        }
        return kept;
    }

    /// <summary>Paths that name descriptors rather than regular files (process substitution's /dev/fd/N, /proc); named pipes report length 0.</summary>
    private static bool IsPipe(string path)
    {
        var full = Path.GetFullPath(path);
        return full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
    }

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    /// <summary>The length and a hash of the first 64 KiB: equal for copies, almost never for different logs.</summary>
    private static (long, string)? QuickHash(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            if (!stream.CanSeek) return null;
            var buffer = new byte[(int)Math.Min(QuickHashBytes, stream.Length)];
            stream.ReadExactly(buffer);
            return (stream.Length, Convert.ToHexString(SHA256.HashData(buffer)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null; // reading it later reports the problem
        }
    }

    private static string? FullHash(string path, Dictionary<string, string> cache)
    {
        if (cache.TryGetValue(path, out var known)) return known;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return cache[path] = Convert.ToHexString(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Orders file names with their digit runs compared as numbers.</summary>
    internal sealed partial class NaturalComparer : IComparer<string>
    {
        public static readonly NaturalComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null) return string.CompareOrdinal(x, y);
            var a = Digits().Split(x);
            var b = Digits().Split(y);
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                int c;
                if (i % 2 == 1)
                {
                    var ta = a[i].TrimStart('0');
                    var tb = b[i].TrimStart('0');
                    c = ta.Length != tb.Length ? ta.Length.CompareTo(tb.Length) : string.CompareOrdinal(ta, tb);
                }
                else c = string.CompareOrdinal(a[i], b[i]);
                if (c != 0) return c;
            }
            var d = a.Length.CompareTo(b.Length);
            return d != 0 ? d : string.CompareOrdinal(x, y);
        }

        [GeneratedRegex(@"(\d+)")]
        private static partial Regex Digits();
    }
}
