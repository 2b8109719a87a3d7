using System.CommandLine;
using System.Globalization;
using System.Text;
using OsuScale.Simulation;

namespace OsuScale.Cli.Commands;

/// <summary><c>osu-scale simulate -o DIR [--sizes ..] [--repetitions ..] [--noise ..] [--seed ..]</c>: write a synthetic campaign.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the synthetic launcher logs (size-N.log or size-N-iter-I.log) and a README.md into.", Required = true };
        var sizes = new Option<string?>("--sizes") { Description = "Node counts, comma-separated (default 4,8,16,32,64,128)." };
        var repetitions = new Option<int>("--repetitions") { Description = "Runs per size (default 3).", DefaultValueFactory = _ => 3 };
        var noise = new Option<double>("--noise") { Description = "Relative run-to-run noise, e.g. 0.05 for 5% (default 0.05).", DefaultValueFactory = _ => 0.05 };
        var seed = new Option<int>("--seed") { Description = "Seed of the random generators (default 1); the same seed writes the same bytes.", DefaultValueFactory = _ => 1 };
        var command = new Command("simulate",
            "Write a synthetic campaign in the metrics-operator launcher-log format: the 22 benchmarks of a real campaign, pair benchmarks flat and the others following known laws (log N, N, N log N, N², a step), with log-normal noise. It is the ground truth the model is tested against. " + ExitCodes.HelpText)
        {
            output, sizes, repetitions, noise, seed,
        };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var sizeList = NumberLists.Counts(parseResult.GetValue(sizes), "--sizes", out var error);
            if (sizeList is null)
            {
                stderr.WriteLine($"osu-scale: error: {error}");
                return ExitCodes.Usage;
            }
            var folder = parseResult.GetValue(output)!;
            try
            {
                var spec = SimulationSpec.Example(sizeList.Value.IsEmpty ? null : sizeList.Value,
                    parseResult.GetValue(repetitions), parseResult.GetValue(noise), parseResult.GetValue(seed));
                var files = CampaignSimulator.Write(spec, folder);
                File.WriteAllText(Path.Combine(folder, "README.md"), Readme(spec, folder), new UTF8Encoding(false));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {files.Count} synthetic log(s) to {folder}: {spec.Benchmarks.Length} benchmarks, sizes {string.Join(",", spec.Sizes)}, {spec.Repetitions} repetition(s), noise {spec.Noise:0.###}, seed {spec.Seed}"));
                return ExitCodes.Ok;
            }
            catch (ArgumentException e)
            {
                // The spec is validated before anything is written.
                stderr.WriteLine($"osu-scale: error: {e.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.Usage;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"osu-scale: error: {folder}: {e.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.InputError;
            }
        });
        return command;
    }

    /// <summary>The README written beside the logs: what is synthetic, the laws (the ground truth) and how to regenerate them.</summary>
    internal static string Readme(SimulationSpec spec, string folder)
    {
        var text = new StringBuilder();
        text.AppendLine(OsuScale.Show.Report.SyntheticCampaign.ReadmeHeading + " (not measured)"); // what the report recognises
        text.AppendLine();
        text.AppendLine("Every log in this folder was **generated** by `osu-scale simulate`; no cluster ran these benchmarks.");
        text.AppendLine("The logs have the shape of metrics-operator launcher logs (preamble, `METADATA START`, `METRICS OPERATOR TIMEPOINT`");
        text.AppendLine("sections, `time mpirun ...`, OSU 5.8 tables, bash `real`/`user`/`sys` footers), so every `osu-scale` verb reads them.");
        text.AppendLine();
        text.AppendLine("Regenerate exactly these bytes with this command, run from the same working directory (in a checkout, `./osu-scale simulate ...` builds and runs the tool):");
        text.AppendLine();
        text.AppendLine("```");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"osu-scale simulate -o {folder} --sizes {string.Join(",", spec.Sizes)} --repetitions {spec.Repetitions} --noise {spec.Noise:0.###} --seed {spec.Seed}"));
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Sizes {string.Join(", ", spec.Sizes)} nodes, {spec.Repetitions} repetition(s) per size, log-normal noise of {spec.Noise:0.###} (relative), seed {spec.Seed}."));
        text.AppendLine("Each benchmark's wall time and primary metric follow its law relative to the smallest size (the ground truth):");
        text.AppendLine();
        text.AppendLine("| benchmark | law | wall time at the smallest size (s) |");
        text.AppendLine("|---|---|---|");
        foreach (var b in spec.Benchmarks)
        {
            var law = b.Law.Kind == LawKind.Jump
                ? string.Create(CultureInfo.InvariantCulture, $"step ×{b.Law.JumpFactor:0.##} from {b.Law.JumpAt:0} nodes")
                : b.Law.Kind switch
                {
                    LawKind.Flat => "flat",
                    LawKind.Logarithmic => "log2 N",
                    LawKind.Linear => "N",
                    LawKind.NLogN => "N log2 N",
                    _ => "N²",
                };
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {b.Name} | {law} | {b.BaseSeconds:0.###} |"));
        }
        return text.ToString();
    }
}
