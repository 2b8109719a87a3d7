using System.CommandLine;
using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Cli.Commands;

/// <summary>The arguments every verb that reads logs shares (INPUT..., --nodes), and reading them into a campaign.</summary>
internal static class IngestArguments
{
    /// <summary>The INPUT... argument: files or folders of logs.</summary>
    public static Argument<string[]> Inputs() => new("INPUT")
    {
        Description = "Log files or folders (a folder contributes its *.log, *.txt, *.out and *.json files): plain OSU output, metrics-operator launcher logs (also with kubectl --timestamps) or metrics-operator SDK JSON.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>--nodes N: the cluster size when nothing in or around a log tells it.</summary>
    public static Option<int?> Nodes()
    {
        var option = new Option<int?>("--nodes")
        {
            Description = "Node count to assume when a log has no metadata, preamble, launch command or size-N file name that tells it.",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1) result.AddError("--nodes must be a whole number of at least 1");
        });
        return option;
    }

    /// <summary>Reads the inputs; parse errors propagate as <see cref="OsuParseException"/>.</summary>
    public static Campaign Read(string[] inputs, int? nodes) =>
        CampaignReader.Read(inputs, ReadOptions.Default with { Nodes = nodes });

    /// <summary>
    /// Runs a verb body, turning the errors users can cause (unreadable input, unwritable output) into one line
    /// <c>osu-scale: error: file:line: message</c> on stderr and <see cref="ExitCodes.InputError"/>; never a stack trace.
    /// </summary>
    public static int Guard(ParseResult parseResult, Func<TextWriter, TextWriter, int> body)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return body(output, error);
        }
        catch (OsuParseException e)
        {
            error.WriteLine($"osu-scale: error: {OneLine(e.Message)}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"osu-scale: error: {OneLine(e.Message)}");
            return ExitCodes.InputError;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("osu-scale: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            // A bug, not a user error: still one line, no stack trace.
            error.WriteLine($"osu-scale: error: unexpected {e.GetType().Name}: {OneLine(e.Message)}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// Warns on stderr about executions that did not complete, one line each with file:line, at most
    /// <see cref="MaxNotesPerStatus"/> per status, then one line counting the rest.
    /// </summary>
    public static void WarnAboutIncomplete(Campaign campaign, TextWriter error)
    {
        foreach (var group in campaign.Executions.Where(x => x.Status != ExecutionStatus.Complete).GroupBy(x => x.Status))
        {
            var count = 0;
            foreach (var e in group)
            {
                if (++count > MaxNotesPerStatus) continue;
                error.WriteLine($"osu-scale: note: {e.Source}: {e.Benchmark} at {e.Nodes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} nodes is {e.Status.ToName()}: {OneLine(e.Detail)}");
            }
            if (count > MaxNotesPerStatus)
                error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"osu-scale: note: {count - MaxNotesPerStatus} more {group.Key.ToName()} execution(s) not listed"));
        }
    }

    /// <summary>How many executions of one status <see cref="WarnAboutIncomplete"/> lists.</summary>
    public const int MaxNotesPerStatus = 20;

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");
}
