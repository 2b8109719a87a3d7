using System.Globalization;
using OsuScale.IO;
using OsuScale.Model;

namespace OsuScale.Show.Report;

/// <summary>
/// The stable ids of the report's sections and benchmarks, the same in report.html and report.md, so that a part of a
/// report can be linked: <c>report.html#scaling-issues</c>, <c>report.html#b-osu_allgather</c>.
/// </summary>
public static class ReportAnchors
{
    /// <summary>The summary (sentences and table).</summary>
    public const string Summary = "summary";
    /// <summary>The cost per size.</summary>
    public const string Cost = "cost";
    /// <summary>The table of contents.</summary>
    public const string Contents = "contents";
    /// <summary>The campaign figures.</summary>
    public const string Overview = "overview";
    /// <summary>The table of fit details.</summary>
    public const string Verdicts = "fit-details";
    /// <summary>Incomplete or failed executions.</summary>
    public const string Problems = "problems";
    /// <summary>The times.log comparison.</summary>
    public const string TimesLog = "times-log";
    /// <summary>What was run.</summary>
    public const string Run = "run";

    /// <summary>The id of a category's section: <c>scaling-issues</c>, <c>possible-issues</c>, <c>size-independent</c>, <c>not-analysed</c>.</summary>
    public static string Section(ScalingCategory? category) => category switch
    {
        ScalingCategory.ScalingIssue => "scaling-issues",
        ScalingCategory.PossibleIssue => "possible-issues",
        ScalingCategory.SizeIndependent => "size-independent",
        null => "not-analysed",
        _ => category.Value.ToString().ToLowerInvariant(),
    };

    /// <summary>Unique benchmark ids within one report: <c>b-</c> and the sanitised name, <c>-2</c>, <c>-3</c>… when two names sanitise alike.</summary>
    internal sealed class BenchmarkIds
    {
        private readonly Dictionary<string, string> byName = new(StringComparer.Ordinal);
        private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

        public string this[string benchmark]
        {
            get
            {
                if (byName.TryGetValue(benchmark, out var id)) return id;
                var safe = "b-" + SafePath.FileName(benchmark);
                id = safe;
                for (var i = 2; !taken.Add(id); i++) id = string.Create(CultureInfo.InvariantCulture, $"{safe}-{i}");
                byName[benchmark] = id;
                return id;
            }
        }
    }
}
