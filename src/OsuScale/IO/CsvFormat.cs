using System.Globalization;
using CsvHelper.Configuration;

namespace OsuScale.IO;

/// <summary>The CSV dialect OsuScale writes: invariant culture, <c>\n</c> line ends, and quoting that survives a round trip.</summary>
internal static class CsvFormat
{
    /// <summary>
    /// A writer configuration. Fields are quoted when they hold a delimiter, a quote, a CR or an LF, or start or end
    /// with white space (CsvHelper's default, with <c>NewLine = "\n"</c>, would leave a lone CR unquoted and the reader
    /// would split the record there).
    /// </summary>
    public static CsvConfiguration Writer() => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        ShouldQuote = args =>
        {
            var f = args.Field;
            if (string.IsNullOrEmpty(f)) return false;
            return f.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(f[0]) || char.IsWhiteSpace(f[^1]);
        },
    };
}
