using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Cli.Infrastructure;

/// <summary>Reads the INPUT... of a verb into a campaign and notes on stderr what did not complete.</summary>
internal static class CampaignInput
{
    /// <summary>Reads <paramref name="inputs"/>; parse errors propagate as <see cref="OsuParseException"/> (exit 3).</summary>
    public static Campaign Read(IReadOnlyList<string> inputs, int? nodes, CliIo io, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var campaign = CampaignReader.Read(inputs, ReadOptions.Default with { Nodes = nodes });
        cancellationToken.ThrowIfCancellationRequested();
        NoteIncomplete(campaign, io.Error);
        return campaign;
    }

    /// <summary>How many executions of one status <see cref="NoteIncomplete"/> lists.</summary>
    public const int MaxNotesPerStatus = 20;

    /// <summary>
    /// One note per execution that did not complete, with file:line, at most <see cref="MaxNotesPerStatus"/> per status,
    /// then one line counting the rest.
    /// </summary>
    public static void NoteIncomplete(Campaign campaign, TextWriter error)
    {
        foreach (var group in campaign.Executions.Where(x => x.Status != ExecutionStatus.Complete).GroupBy(x => x.Status))
        {
            var count = 0;
            foreach (var e in group)
            {
                if (++count > MaxNotesPerStatus) continue;
                error.WriteLine($"osu-scale: note: {e.Source}: {e.Benchmark} at {e.Nodes?.ToString(CultureInfo.InvariantCulture) ?? "?"} nodes is {e.Status.ToName()}: {e.Detail.ReplaceLineEndings(" ")}");
            }
            if (count > MaxNotesPerStatus)
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"osu-scale: note: {count - MaxNotesPerStatus} more {group.Key.ToName()} execution(s) not listed"));
        }
    }
}
