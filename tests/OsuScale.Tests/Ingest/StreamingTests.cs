using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Tests.Ingest;

/// <summary>Executions come out as their sections close, without reading the rest of the log first.</summary>
public class StreamingTests
{
    /// <summary>A reader that counts the characters handed out.</summary>
    private sealed class CountingReader(string text) : TextReader
    {
        private readonly StringReader _inner = new(text);
        public int CharsRead { get; private set; }
        public override int Read(char[] buffer, int index, int count)
        {
            var n = _inner.Read(buffer, index, count);
            CharsRead += n;
            return n;
        }
        public override int Read(Span<char> buffer)
        {
            var n = _inner.Read(buffer);
            CharsRead += n;
            return n;
        }
        public override int Read()
        {
            var c = _inner.Read();
            if (c >= 0) CharsRead++;
            return c;
        }
        public override int Peek() => _inner.Peek();
        public override string ReadToEnd()
        {
            var rest = _inner.ReadToEnd();
            CharsRead += rest.Length;
            return rest;
        }
    }

    [Fact]
    public void The_first_execution_arrives_before_the_log_is_read_to_the_end()
    {
        var log = LauncherLogTests.Log + "\n" + string.Concat(Enumerable.Repeat(
            LauncherLogTests.Log[LauncherLogTests.Log.IndexOf("METRICS OPERATOR TIMEPOINT", StringComparison.Ordinal)..], 200));
        var reader = new CountingReader(log);
        using var e = CampaignReader.Stream(reader, "size-4.log").GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal("osu_latency", e.Current.Benchmark);
        Assert.Equal(4, e.Current.Nodes);
        // The osu_latency section closes when the next TIMEPOINT (line 27) is read: at most one 32 Ki-char buffer of a
        // log of about 200 KiB has been consumed by then.
        Assert.True(log.Length > 150_000);
        Assert.InRange(reader.CharsRead, 1, 1 << 15);
        var total = 1;
        while (e.MoveNext()) total++;
        Assert.Equal(2 + 200 * 2, total);
    }

    [Fact]
    public void Without_an_early_node_count_sections_wait_for_the_end_and_then_use_the_file_name()
    {
        var reader = new CountingReader("time mpirun -np 2 ./osu_latency\n# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n1   1.0\nreal\t0m1.000s\ntime mpirun -np 2 ./osu_bw\n# OSU MPI Bandwidth Test v5.8\n# Size      Bandwidth (MB/s)\n1   1.0\nreal\t0m1.000s\n");
        var executions = CampaignReader.Stream(reader, "size-32.log").ToList();
        Assert.Equal([32, 32], executions.Select(x => x.Nodes!.Value));
        Assert.All(executions, x => Assert.Equal(ExecutionStatus.Complete, x.Status));
    }

    [Fact]
    public void Stream_and_read_give_the_same_executions()
    {
        var read = CampaignReader.ReadText(LauncherLogTests.Log, "size-4.log").Executions;
        var streamed = CampaignReader.Stream(new StringReader(LauncherLogTests.Log), "size-4.log").ToList();
        Assert.Equal(read.Select(x => (x.Benchmark, x.Nodes, x.WallSeconds, x.Source, x.Status)),
            streamed.Select(x => (x.Benchmark, x.Nodes, x.WallSeconds, x.Source, x.Status)));
    }
}
