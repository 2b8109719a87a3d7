namespace OsuScale.Tests.PublicApi;

/// <summary>
/// The public API of the OsuScale package is a baseline: any change to it fails this test until the baseline file
/// is updated on purpose (set OSUSCALE_UPDATE_PUBLIC_API=1 and run the test once, then review the diff and commit it).
/// </summary>
public sealed class PublicApiTests
{
    /// <summary>The environment variable that regenerates the baseline instead of comparing with it.</summary>
    public const string UpdateVariable = OsuScale.Tests.Support.UpdateVariables.PublicApi;

    // Found from the checkout, not from the compiled source path: CI builds map source paths (/_/...).
    private static string BaselinePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OsuScale.sln")))
                return Path.Combine(dir.FullName, "tests", "OsuScale.Tests", "PublicApi", "OsuScale.PublicApi.txt");
        }
        throw new InvalidOperationException("OsuScale.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Surface() => PublicApiSurface.Describe(typeof(OsuScale.Campaigns.Campaign).Assembly);

    [Fact]
    public void The_public_api_matches_the_reviewed_baseline()
    {
        var actual = Surface();
        var path = BaselinePath();
        if (OsuScale.Tests.Support.UpdateVariables.Requested(UpdateVariable))
        {
            File.WriteAllText(path, actual);
        }
        Assert.True(File.Exists(path), $"missing baseline {path}; set {UpdateVariable}=1 to create it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expectedLines = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actualLines = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var added = actualLines.Except(expectedLines, StringComparer.Ordinal).ToList();
        var removed = expectedLines.Except(actualLines, StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            "The public API changed. Added:\n  " + string.Join("\n  ", added) + "\nRemoved:\n  " + string.Join("\n  ", removed)
            + $"\nIf deliberate, run with {UpdateVariable}=1 and commit the baseline.");
        Assert.Equal(expected, actual); // also order and duplicates: the file is exactly what the generator writes
    }

    [Fact]
    public void The_surface_description_is_deterministic_and_sees_what_consumers_compile_against()
    {
        var surface = Surface();
        Assert.Equal(surface, Surface());
        var lines = surface.Split('\n');
        // A few lines that must be there whatever else changes: a type, a static method with a default, an init
        // property, a nullable reference annotation, an enum value and a record's value equality.
        Assert.Contains("OsuScale.Campaigns.Campaign [sealed class : System.IEquatable<OsuScale.Campaigns.Campaign>]", lines);
        Assert.Contains(lines, l => l.StartsWith("OsuScale.Ingest.CampaignReader.Read(System.Collections.Generic.IEnumerable<System.String> paths, OsuScale.Ingest.ReadOptions? options = null)", StringComparison.Ordinal));
        Assert.Contains("OsuScale.Model.AnalysisOptions.Thresholds : OsuScale.Model.Thresholds {get;init;}", lines);
        Assert.Contains("OsuScale.Model.ScalingCategory.ScalingIssue = 2", lines);
        Assert.Contains(lines, l => l.StartsWith("OsuScale.Model.ScalingVerdict.op_Equality(", StringComparison.Ordinal));
        // Nothing internal leaks into the description.
        Assert.DoesNotContain(lines, l => l.Contains("OsuScale.Model.Fitting.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_public_type_lives_in_a_pipeline_stage_namespace()
    {
        // The root namespace itself is allowed; below it only the stages (and their sub-namespaces).
        var stages = new[] { "OsuScale.Benchmarks", "OsuScale.Ingest", "OsuScale.Campaigns", "OsuScale.Model", "OsuScale.Simulation", "OsuScale.Compare", "OsuScale.Show", "OsuScale.IO" };
        var stray = typeof(OsuScale.Campaigns.Campaign).Assembly.GetExportedTypes()
            .Where(t => t.Namespace != "OsuScale"
                && !stages.Any(a => t.Namespace == a || t.Namespace!.StartsWith(a + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName).ToList();
        Assert.Empty(stray);
    }
}
