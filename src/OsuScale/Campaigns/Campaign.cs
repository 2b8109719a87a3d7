using System.Collections.Immutable;

namespace OsuScale.Campaigns;

/// <summary>Every benchmark execution of a scaling campaign, as read from its logs, with what the parser tolerated.</summary>
/// <param name="Executions">All executions, in the order they were read (including incomplete, failed and repeated ones).</param>
/// <param name="Diagnostics">What the parser noticed and tolerated, with file and line.</param>
public sealed record Campaign(ImmutableArray<Execution> Executions, ImmutableArray<ParseDiagnostic> Diagnostics)
{
    /// <summary>An empty campaign.</summary>
    public static Campaign Empty { get; } = new([], []);

    /// <summary>The executions that ran to the end with a wall time.</summary>
    public IEnumerable<Execution> Complete => Executions.Where(e => e.IsComplete);

    /// <summary>The benchmark names, in first-seen order.</summary>
    public ImmutableArray<string> Benchmarks => [.. Executions.Select(e => e.Benchmark).Distinct(StringComparer.Ordinal)];

    /// <summary>The node counts, ascending.</summary>
    public ImmutableArray<int> Sizes => [.. Executions.Where(e => e.Nodes is not null).Select(e => e.Nodes!.Value).Distinct().Order()];

    /// <summary>The executions of one benchmark.</summary>
    public IEnumerable<Execution> Of(string benchmark) => Executions.Where(e => e.Benchmark == benchmark);

    /// <summary>Joins campaigns (several logs read separately) into one.</summary>
    public static Campaign Merge(IEnumerable<Campaign> parts)
    {
        var list = parts.ToList();
        return new([.. list.SelectMany(p => p.Executions)], [.. list.SelectMany(p => p.Diagnostics)]);
    }
}
