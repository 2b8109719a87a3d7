using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OsuScale.Collect.Running;

/// <summary>
/// The run manifest (<c>DIR/run-manifest.json</c>): the campaign's settings and every step's state, rewritten after each
/// change so that a run that was cut, failed or killed can be continued with <c>osu-scale run --resume DIR</c>.
/// </summary>
/// <param name="Version">The file format version (1).</param>
/// <param name="Settings">What the campaign runs.</param>
/// <param name="Steps">Every step, in run order.</param>
/// <param name="State">The campaign's state: pending, running, completed or failed.</param>
/// <param name="Message">How the last run ended, for a person.</param>
/// <param name="CreatedAt">When the campaign was first started.</param>
/// <param name="UpdatedAt">When this file was last written.</param>
/// <param name="NodesSaved">True once <c>nodes.json</c> was saved.</param>
internal sealed record RunManifest(
    int Version,
    CampaignSettings Settings,
    ImmutableArray<RunStep> Steps,
    StepState State,
    string Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool NodesSaved = false)
{
    /// <summary>The manifest's file name in the output folder.</summary>
    public const string FileName = "run-manifest.json";

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The steps that still have to run (everything not completed), in order.</summary>
    public IEnumerable<RunStep> Remaining => Steps.Where(s => s.State != StepState.Completed);

    /// <summary>Replaces the step with the same size and iteration.</summary>
    public RunManifest With(RunStep step) =>
        this with { Steps = [.. Steps.Select(s => s.Size == step.Size && s.Iteration == step.Iteration ? step : s)] };

    /// <summary>Writes the manifest to <c>folder/run-manifest.json</c> through a temporary file, so a kill never leaves half a file.</summary>
    public void Save(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads <c>folder/run-manifest.json</c>.</summary>
    /// <exception cref="RunManifestException">Missing, unreadable or not a run manifest.</exception>
    public static RunManifest Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            throw new RunManifestException($"{path}: no run manifest here; --resume needs the folder of an earlier 'osu-scale run'");
        try
        {
            var manifest = JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(path), Json)
                           ?? throw new RunManifestException($"{path}: empty run manifest");
            if (manifest.Version != 1) throw new RunManifestException($"{path}: run manifest version {manifest.Version} is not supported (expected 1)");
            if (manifest.Settings is null || manifest.Steps.IsDefault)
                throw new RunManifestException($"{path}: the run manifest has no settings or steps");
            try { manifest.Settings.Validated(); }
            catch (ArgumentException e) { throw new RunManifestException($"{path}: the stored settings are not valid: {e.Message}"); }
            return manifest;
        }
        catch (JsonException e)
        {
            throw new RunManifestException($"{path}:{(e.LineNumber ?? 0) + 1}: not a valid run manifest: {e.Message}");
        }
    }
}

/// <summary>A run manifest that cannot be read, with its path.</summary>
internal sealed class RunManifestException(string message) : Exception(message);
