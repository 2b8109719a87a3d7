using System.Text.Json;
using OsuScale.Collect.Running;

namespace OsuScale.Collect.Tests.Running;

/// <summary>The run manifest survives a write and a read, and a damaged one is refused with its path.</summary>
public sealed class RunManifestTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("osu-scale-manifest-").FullName;

    [Fact]
    public void Save_then_load_gives_the_same_states_and_settings()
    {
        var now = new DateTimeOffset(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);
        var manifest = new RunManifest(1, new CampaignSettings([4, 8], 1, ["osu_bw"], "/t.yaml", "v1alpha1"),
            [new RunStep(4, 1, "osu-scale-s4-i1", "manifests/osu-scale-s4-i1.yaml", "size-4.log", StepState.Completed, "delete", "", "p", 120, 1, 0, now, now),
             new RunStep(8, 1, "osu-scale-s8-i1", "manifests/osu-scale-s8-i1.yaml", "size-8.log", StepState.Failed, "apply", "refused")],
            StepState.Failed, "size 8: apply: refused", now, now, NodesSaved: true);

        manifest.Save(_folder);
        var loaded = RunManifest.Load(_folder);

        Assert.Equal(manifest.Steps.ToArray(), loaded.Steps.ToArray());
        Assert.Equal((manifest.State, manifest.Message, manifest.NodesSaved), (loaded.State, loaded.Message, loaded.NodesSaved));
        Assert.Equal(manifest.Settings.Sizes.ToArray(), loaded.Settings.Sizes.ToArray());
        Assert.Contains("\"state\": \"completed\"", File.ReadAllText(Path.Combine(_folder, RunManifest.FileName)));
        Assert.Equal(["osu-scale-s8-i1"], loaded.Remaining.Select(s => s.Name));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"version\": 7, \"settings\": {}, \"steps\": []}")]
    [InlineData("{\"version\": 1}")]
    [InlineData("{\"version\": 1, \"settings\": {\"sizes\": [4], \"iterations\": 1, \"commands\": [\"x; reboot\"], \"namePrefix\": \"osu-scale\"}, \"steps\": []}")]
    [InlineData("{\"version\": 1, \"settings\": {\"sizes\": [4], \"iterations\": 1, \"commands\": [], \"namePrefix\": \"../../etc\"}, \"steps\": []}")]
    public void A_damaged_manifest_is_refused_with_its_path(string text)
    {
        File.WriteAllText(Path.Combine(_folder, RunManifest.FileName), text);

        var error = Assert.Throws<RunManifestException>(() => RunManifest.Load(_folder));

        Assert.StartsWith(Path.Combine(_folder, RunManifest.FileName), error.Message);
    }

    [Fact]
    public void A_folder_without_a_manifest_says_what_resume_needs() =>
        Assert.Contains("--resume needs the folder of an earlier 'osu-scale run'", Assert.Throws<RunManifestException>(() => RunManifest.Load(_folder)).Message);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
