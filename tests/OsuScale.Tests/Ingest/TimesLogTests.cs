using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Ingest;

/// <summary>times.log: reading, writing, deriving from a campaign and comparing.</summary>
public class TimesLogTests
{
    [Fact]
    public void Reads_the_hand_made_layout_with_line_numbers()
    {
        var rows = TimesLog.Read(new StringReader("METRIC,TIME_SECONDS,SIZE_NODES\nosu_bw,11.140,64\n\nosu_multi_lat,2776,16\n"), "times.log");
        Assert.Equal([new TimesLogRow("osu_bw", 11.14, 64), new TimesLogRow("osu_multi_lat", 2776, 16)], rows);
        Assert.Equal(new SourceLocation("times.log", 2), rows[0].Source);
        Assert.Equal(new SourceLocation("times.log", 4), rows[1].Source);
    }

    [Fact]
    public void Reads_the_iteration_column()
    {
        var rows = TimesLog.Read(new StringReader("METRIC,TIME_SECONDS,SIZE_NODES,ITERATION\nosu_bw,1.5,4,3\n"));
        Assert.Equal(3, Assert.Single(rows).Iteration);
    }

    [Theory]
    [InlineData("", "times.log:1: empty file")]
    [InlineData("a,b,c\n", "times.log:1: not a times.log header")]
    [InlineData("METRIC,TIME_SECONDS,SIZE_NODES\nosu_bw,fast,64\n", "times.log:2: TIME_SECONDS 'fast' is not a number: 'osu_bw,fast,64'")]
    [InlineData("METRIC,TIME_SECONDS,SIZE_NODES\nosu_bw,1.0,64\nosu_bw,1.0\n", "times.log:3: expected 3 fields, found 2: 'osu_bw,1.0'")]
    [InlineData("METRIC,TIME_SECONDS,SIZE_NODES\nosu_bw,1.0,0\n", "times.log:2: SIZE_NODES '0' is not a whole number of at least 1: 'osu_bw,1.0,0'")]
    [InlineData("METRIC,TIME_SECONDS,SIZE_NODES\n,1.0,4\n", "times.log:2: empty METRIC: ',1.0,4'")]
    public void Errors_name_file_line_and_raw_line(string text, string message)
    {
        var e = Assert.Throws<OsuParseException>(() => TimesLog.Read(new StringReader(text), "times.log"));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void A_missing_file_is_a_parse_error_naming_it()
    {
        var e = Assert.Throws<OsuParseException>(() => TimesLog.Read("/nonexistent/times.log"));
        Assert.Equal("/nonexistent/times.log: no such file", e.Message);
    }

    [Fact]
    public void Writes_shortest_round_trip_numbers_and_iteration_only_when_needed()
    {
        var w = new StringWriter();
        TimesLog.Write([new TimesLogRow("osu_bw", 11.14, 64), new TimesLogRow("osu_x,\"y\"", 0.1 + 0.2, 4)], w);
        Assert.Equal("METRIC,TIME_SECONDS,SIZE_NODES\nosu_bw,11.14,64\n\"osu_x,\"\"y\"\"\",0.30000000000000004,4\n", w.ToString());

        w = new StringWriter();
        TimesLog.Write([new TimesLogRow("osu_bw", 1, 4, 2)], w);
        Assert.Equal("METRIC,TIME_SECONDS,SIZE_NODES,ITERATION\nosu_bw,1,4,2\n", w.ToString());
    }

    [Fact]
    public void Writing_a_file_replaces_a_longer_old_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"times-{Guid.NewGuid():N}.log");
        try
        {
            File.WriteAllText(path, new string('x', 10_000));
            TimesLog.Write([new TimesLogRow("osu_bw", 1, 4)], path);
            Assert.Equal("METRIC,TIME_SECONDS,SIZE_NODES\nosu_bw,1,4\n", File.ReadAllText(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Compare_reports_missing_extra_and_different_rows_beyond_the_tolerance()
    {
        TimesLogRow[] hand = [new("a", 1.000, 4), new("b", 2.0, 4), new("c", 3.0, 4), new("a", 1.0, 4)];
        TimesLogRow[] logs = [new("a", 1.0004, 4), new("b", 2.0006, 4), new("d", 4.0, 4)];
        var cmp = TimesLog.Compare(hand, logs);
        Assert.Equal(1, cmp.Matching);
        Assert.Equal(
            [(TimesDifferenceKind.Different, "b"), (TimesDifferenceKind.Extra, "c"), (TimesDifferenceKind.Extra, "a"), (TimesDifferenceKind.Missing, "d")],
            cmp.Differences.Select(d => (d.Kind, d.Metric)));
        Assert.Equal(0.0006, cmp.Different.Single().DeltaSeconds!.Value, 9);
        Assert.False(cmp.Agrees);
    }

    [Fact]
    public void Kubecon_hand_made_times_log_disagrees_with_the_logs_in_exactly_two_rows()
    {
        // Provenance: a Python script over size-*.log (summing "real XmY.YYYs" per "time mpirun …/osu_*" section)
        // compared with times.log found 107 keys on both sides and exactly two differences:
        //   osu_multi_lat @16: times.log line 63 says 2776, size-16.log line 543 says "real 46m16.204s" = 2776.204 s
        //     (the hand-made value lost its decimals);
        //   osu_allreduce @8: times.log line 86 says 480.290, size-8.log says "real 8m12.290s" = 492.29 s
        //     (the hand-made value dropped the 12 seconds).
        var folder = RepoData.KubeconRun1;
        var hand = TimesLog.Read(Path.Combine(folder, "times.log"));
        var derived = TimesLog.FromCampaign(CampaignReader.Read([folder]));
        Assert.Equal(107, hand.Count);
        Assert.Equal(107, derived.Count);

        var cmp = TimesLog.Compare(hand, derived);
        Assert.Equal(105, cmp.Matching);
        Assert.Empty(cmp.Missing);
        Assert.Empty(cmp.Extra);
        var diff = cmp.Different.ToList();
        Assert.Equal(2, diff.Count);
        Assert.Equal(("osu_multi_lat", 16, 2776.0, 2776.204, 63), (diff[0].Metric, diff[0].SizeNodes, diff[0].HandMade!.TimeSeconds, diff[0].Derived!.TimeSeconds, diff[0].HandMadeSource!.Value.Line));
        Assert.Equal(("osu_allreduce", 8, 480.29, 492.29, 86), (diff[1].Metric, diff[1].SizeNodes, diff[1].HandMade!.TimeSeconds, diff[1].Derived!.TimeSeconds, diff[1].HandMadeSource!.Value.Line));
        Assert.EndsWith("size-16.log:515", diff[0].DerivedSource.ToString());
    }

    [Fact]
    public void Derived_times_log_written_and_read_back_is_the_same()
    {
        var derived = TimesLog.FromCampaign(CampaignReader.Read([RepoData.KubeconRun1]));
        var w = new StringWriter();
        TimesLog.Write(derived, w);
        Assert.Equal(derived, TimesLog.Read(new StringReader(w.ToString())));
        Assert.StartsWith("METRIC,TIME_SECONDS,SIZE_NODES\nosu_get_acc_latency,48.187,4\n", w.ToString());
    }
}
