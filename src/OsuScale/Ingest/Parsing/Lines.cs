using System.Globalization;
using System.Text.RegularExpressions;
using OsuScale.Benchmarks;

namespace OsuScale.Ingest.Parsing;

/// <summary>Recognisers for the line classes of OSU output and metrics-operator logs (see docs/ingest.md).</summary>
internal static partial class Lines
{
    /// <summary>Removes a <c>kubectl logs --timestamps</c> prefix (an RFC 3339 time and one space) and a stray CR.</summary>
    public static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> line)
    {
        if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
        if (line.Length >= 21 && line[4] == '-' && line[10] == 'T' && char.IsAsciiDigit(line[0]))
        {
            foreach (var m in Timestamp().EnumerateMatches(line)) return line[m.Length..];
        }
        return line;
    }

    /// <summary>Removes a <c>kubectl logs --timestamps</c> prefix and a stray CR from a string.</summary>
    public static string StripPrefix(string line)
    {
        var stripped = StripPrefix(line.AsSpan());
        return stripped.Length == line.Length ? line : stripped.ToString();
    }

    /// <summary>An OSU title: the benchmark name part and the version.</summary>
    public static (string Title, string Name, string? Version)? Title(string trimmed)
    {
        if (trimmed.Length > 300 || !trimmed.Contains("OSU", StringComparison.Ordinal)) return null;
        var m = TitleRegex().Match(trimmed);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value;
        name = Accelerator().Replace(name, "");
        var title = trimmed.TrimStart('#').Trim();
        return (title, name.Trim(), m.Groups["ver"].Success ? m.Groups["ver"].Value : null);
    }

    /// <summary>Finds the catalog entry for a title name, tolerating the spellings OSU uses (<c>Non-Blocking Broadcast</c>).</summary>
    public static BenchmarkInfo? FromTitle(string name) =>
        BenchmarkCatalog.FindByTitle(name) ?? BenchmarkCatalog.FindByTitle(name + " Latency");

    /// <summary>A name for a benchmark the catalog does not know, made from its title (<c>osu_foo_bar</c>).</summary>
    public static string NameFromTitle(string name)
    {
        var words = NonWord().Split(name.ToLowerInvariant()).Where(w => w.Length > 0).ToArray();
        return words.Length == 0 ? "unknown" : "osu_" + string.Join('_', words);
    }

    /// <summary>
    /// A <c>time</c> footer line: which field and its value in seconds. bash prints <c>real&lt;TAB&gt;1m2.345s</c> (minutes
    /// may exceed 60; an hours part is accepted), POSIX <c>time -p</c> prints <c>real 62.34</c> (a space, no unit). A bash
    /// line cut short at the end of a log (<c>real\t0m30.6</c>, <c>real\t0</c>) matches neither, so truncation never
    /// invents a time.
    /// </summary>
    public static (char Field, double Seconds)? Footer(ReadOnlySpan<char> span)
    {
        if (span.Length < 6 || span.Length > 40) return null;
        int nameLength;
        if (span.StartsWith("real") || span.StartsWith("user")) nameLength = 4;
        else if (span.StartsWith("sys")) nameLength = 3;
        else return null;
        var rest = span[nameLength..];
        var gap = rest.Length - rest.TrimStart().Length;
        if (gap == 0) return null;
        var value = rest[gap..];
        var posix = rest[..gap].IndexOfAnyExcept(' ') < 0;
        decimal total;
        var m = value.IndexOf('m');
        if (m < 0)
        {
            // POSIX: spaces, then seconds with no unit.
            if (!posix || !Seconds(value, out total)) return null;
        }
        else
        {
            // bash: [Hh]Mm S.SSSs
            if (value[^1] != 's') return null;
            decimal hours = 0;
            var head = value[..m];
            var h = head.IndexOf('h');
            if (h >= 0)
            {
                if (!Whole(head[..h], out hours)) return null;
                head = head[(h + 1)..];
            }
            if (!Whole(head, out var minutes) || !Seconds(value[(m + 1)..^1], out var seconds)) return null;
            total = hours * 3600 + minutes * 60 + seconds;
        }
        return (span[0], (double)total);

        static bool Whole(ReadOnlySpan<char> s, out decimal v)
        {
            v = 0;
            return s.Length is > 0 and <= 9 && s.IndexOfAnyExceptInRange('0', '9') < 0
                && decimal.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out v);
        }

        static bool Seconds(ReadOnlySpan<char> s, out decimal v)
        {
            v = 0;
            var dot = s.IndexOf('.');
            var whole = dot < 0 ? s : s[..dot];
            var fraction = dot < 0 ? [] : s[(dot + 1)..];
            return whole.Length is > 0 and <= 12 && whole.IndexOfAnyExceptInRange('0', '9') < 0
                && (dot < 0 || fraction.Length is > 0 and <= 9 && fraction.IndexOfAnyExceptInRange('0', '9') < 0)
                && decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out v);
        }
    }

    /// <summary>osu_init's line <c>nprocs: 8, min: 302 ms, max: 314 ms, avg: 306 ms</c>.</summary>
    public static (int Processes, double Min, double Max, double Avg)? Init(string trimmed)
    {
        if (!trimmed.StartsWith("nprocs:", StringComparison.Ordinal)) return null;
        var m = InitRegex().Match(trimmed);
        if (!m.Success) return null;
        if (!int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        return (n, D(m.Groups[2].Value), D(m.Groups[3].Value), D(m.Groups[4].Value));
    }

    /// <summary>osu_hello's line <c>This is a test with 4 processes</c>.</summary>
    public static int? Hello(string trimmed)
    {
        if (!trimmed.StartsWith("This is a test with", StringComparison.Ordinal)) return null;
        var m = HelloRegex().Match(trimmed);
        return m.Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>True when every token of a trimmed line is a number, <c>Pass</c> or <c>Fail</c>: a table row.</summary>
    public static bool IsRow(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length == 0 || trimmed.Length > 2000 || !MayStartRow(trimmed[0])) return false;
        var rest = trimmed;
        while (NextToken(ref rest) is { Length: > 0 } t)
        {
            if (t.SequenceEqual("Pass") || t.SequenceEqual("Fail")) continue;
            if (!TryNumber(t, out _)) return false;
        }
        return true;
    }

    /// <summary>The next token separated by spaces or tabs (empty at the end); <paramref name="rest"/> moves past it.</summary>
    public static ReadOnlySpan<char> NextToken(ref ReadOnlySpan<char> rest)
    {
        var start = rest.IndexOfAnyExcept(' ', '\t');
        if (start < 0)
        {
            rest = [];
            return [];
        }
        rest = rest[start..];
        var end = rest.IndexOfAny(' ', '\t');
        if (end < 0) end = rest.Length;
        var token = rest[..end];
        rest = rest[end..];
        return token;
    }

    /// <summary>True when a trimmed line starting with <paramref name="first"/> could be a table row.</summary>
    public static bool MayStartRow(char first) =>
        char.IsAsciiDigit(first) || first is '-' or '+' or '.' or 'n' or 'N' or 'i' or 'I' or 'P' or 'F';

    /// <summary>Reads one numeric token with the invariant culture (also <c>nan</c>, <c>-nan</c>, <c>inf</c> as C prints them).</summary>
    public static bool TryNumber(ReadOnlySpan<char> token, out double value)
    {
        if (TryPlainDecimal(token, out value)) return true;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return true;
        if (token.Length is < 3 or > 9) return false;
        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        switch (lower)
        {
            case "nan" or "-nan" or "+nan": value = double.NaN; return true;
            case "inf" or "+inf" or "infinity": value = double.PositiveInfinity; return true;
            case "-inf" or "-infinity": value = double.NegativeInfinity; return true;
            default: value = 0; return false;
        }
    }

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>
    /// The fast path for what OSU prints (<c>1234.56</c>): an optional sign, digits and at most one point, at most
    /// 19 digits. When the digits as a whole number are at most 2^53 and at most 22 follow the point, both the whole
    /// number and the power of ten are exact doubles and one division rounds correctly, so the result is bit for bit
    /// what <see cref="double.Parse(string, IFormatProvider)"/> gives (Clinger's fast path); anything else is left to it.
    /// </summary>
    internal static bool TryPlainDecimal(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            i = 1;
        }
        ulong mantissa = 0;
        int digits = 0, fraction = -1;
        for (; i < s.Length; i++)
        {
            var d = (uint)(s[i] - '0');
            if (d <= 9)
            {
                if (++digits > 19) return false;
                mantissa = mantissa * 10 + d;
                if (fraction >= 0) fraction++;
            }
            else if (s[i] == '.' && fraction < 0) fraction = 0;
            else return false;
        }
        if (digits == 0 || mantissa > 1UL << 53 || fraction > 22) return false;
        var v = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        value = negative ? -v : v;
        return true;
    }

    /// <summary>A line that says the launcher or the benchmark failed; the reason to report, or null.</summary>
    public static string? Failure(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 8) return null;
        if (trimmed.Contains("DATA VALIDATION ERROR", StringComparison.Ordinal)) return "data validation error";
        if (trimmed.Contains("Process received signal", StringComparison.Ordinal)) return "a process received a signal";
        if (trimmed.StartsWith("Signal:", StringComparison.Ordinal) || trimmed.Contains("] Signal: ", StringComparison.Ordinal)) return "a process received a signal";
        if (trimmed.Contains("Segmentation fault", StringComparison.Ordinal)) return "segmentation fault";
        if (trimmed.Contains("srun: error:", StringComparison.Ordinal)) return "srun reported an error";
        if (trimmed.Contains("CANCELLED AT", StringComparison.Ordinal)) return "the job step was cancelled";
        if (trimmed.Contains("BAD TERMINATION", StringComparison.Ordinal)) return "a process terminated badly";
        if (trimmed.StartsWith("mpirun noticed", StringComparison.Ordinal)
            || trimmed.StartsWith("mpirun detected", StringComparison.Ordinal)
            || trimmed.StartsWith("mpirun was unable", StringComparison.Ordinal)
            || trimmed.StartsWith("mpirun has exited", StringComparison.Ordinal)
            || trimmed.StartsWith("prterun noticed", StringComparison.Ordinal)
            || trimmed.StartsWith("Primary job", StringComparison.Ordinal) && trimmed.Contains("returned", StringComparison.Ordinal)
            || trimmed.Contains("MPI_ABORT was invoked", StringComparison.Ordinal))
            return "mpirun reported an error";
        if (trimmed.Contains("flux-shell", StringComparison.Ordinal) && (trimmed.Contains("ERROR", StringComparison.Ordinal) || trimmed.Contains("FATAL", StringComparison.Ordinal)))
            return "flux reported an error";
        if (trimmed.Contains("task(s) exited with exit code", StringComparison.Ordinal)) return "flux reported an error";
        if (trimmed.StartsWith("This test requires", StringComparison.Ordinal)) return "the benchmark refused its process count";
        if (trimmed.StartsWith("Error initializing device", StringComparison.Ordinal)
            || trimmed.StartsWith("CUDA support not enabled", StringComparison.Ordinal)
            || trimmed.StartsWith("Could Not Allocate Memory", StringComparison.Ordinal))
            return "the benchmark could not start";
        return null;
    }

    /// <summary>Reads a comment line above a table as key/value settings (<c>Window creation: MPI_Win_create</c>, <c>[ pairs: 4 ] [ window size: 64 ]</c>).</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings(string comment)
    {
        var body = comment.TrimStart('#').Trim();
        if (body.Length == 0) yield break;
        if (body.StartsWith('['))
        {
            foreach (Match m in Bracketed().Matches(body))
                yield return new(m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim());
            yield break;
        }
        var buffers = Buffers().Match(body);
        if (buffers.Success)
        {
            yield return new("Send Buffer", buffers.Groups[1].Value.Trim());
            yield return new("Receive Buffer", buffers.Groups[2].Value.Trim());
            yield break;
        }
        var colon = body.IndexOf(':');
        var equals = body.IndexOf('=');
        var at = colon > 0 && (equals < 0 || colon < equals) ? colon : equals;
        if (at > 0)
        {
            yield return new(body[..at].Trim(), body[(at + 1)..].Trim().TrimEnd('.'));
            yield break;
        }
        var using_ = body.StartsWith("Using ", StringComparison.Ordinal);
        yield return using_ ? new("Using", body[6..].Trim()) : new(body, "");
    }

    /// <summary>The datatype of a <c># Datatype: MPI_CHAR.</c> line, or null.</summary>
    public static string? Datatype(ReadOnlySpan<char> trimmed)
    {
        var body = trimmed.TrimStart('#').Trim();
        if (!body.StartsWith("Datatype:", StringComparison.Ordinal)) return null;
        return body["Datatype:".Length..].Trim().TrimEnd('.').ToString();
    }

    /// <summary>File-name hints: <c>size-64.log</c> gives 64 nodes, <c>size-64-iter-2.log</c> iteration 2.</summary>
    public static (int? Nodes, int? Iteration) FileNameHints(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        int? nodes = null, iteration = null;
        var m = SizeInName().Match(name);
        if (m.Success && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) nodes = n;
        var it = IterInName().Match(name);
        if (it.Success && int.TryParse(it.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i > 0) iteration = i;
        return (nodes, iteration);
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d) ")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^#\s*OSU\s+(?:MPI|NCCL|RCCL|OpenSHMEM|UPC\+\+|UPC)(?<name>[-_ ].*?)\s+Test(?:\s+v(?<ver>\d+(?:\.\d+)*))?\s*$")]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"^-(?:CUDA MANAGED|CUDA|ROCM|OPENACC|CXL)\b|-(?:CUDA MANAGED|CUDA|ROCM|OPENACC|CXL)(?= )")]
    private static partial Regex Accelerator();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();


    [GeneratedRegex(@"^nprocs:\s*(\d{1,9}),\s*min:\s*(\d{1,15}(?:\.\d+)?)\s*ms,\s*max:\s*(\d{1,15}(?:\.\d+)?)\s*ms,\s*avg:\s*(\d{1,15}(?:\.\d+)?)\s*ms")]
    private static partial Regex InitRegex();

    [GeneratedRegex(@"^This is a test with (\d{1,9}) processes")]
    private static partial Regex HelloRegex();

    [GeneratedRegex(@"\[\s*([^:\]]+):\s*([^\]]*)\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^Send Buffer on (.+?) and Receive Buffer on (.+)$")]
    private static partial Regex Buffers();

    [GeneratedRegex(@"(?:^|[^a-z0-9])(?:size|nodes?|n)[-_]?(?<n>\d{1,6})(?![0-9])|(?<n>\d{1,6})[-_]?nodes", RegexOptions.IgnoreCase)]
    private static partial Regex SizeInName();

    [GeneratedRegex(@"(?:^|[^a-z0-9])iter(?:ation)?[-_]?(\d{1,6})(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex IterInName();
}
