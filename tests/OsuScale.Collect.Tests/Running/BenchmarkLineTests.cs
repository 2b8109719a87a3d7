using OsuScale.Collect.Running;

namespace OsuScale.Collect.Tests.Running;

/// <summary>The progress display knows the current benchmark from the launch lines of the streamed log.</summary>
public sealed class BenchmarkLineTests
{
    [Theory]
    [InlineData("time mpirun --hostfile ./hostlist.txt --allow-run-as-root -np 64 -map-by ppr:1:node -rank-by core /opt/osu-benchmark/build.openmpi/libexec/osu-micro-benchmarks/mpi/collective/osu_allreduce", "osu_allreduce")]
    [InlineData("time mpirun --hostfile ./hostlist-pairs.txt --allow-run-as-root -np 2 -map-by ppr:1:node /opt/osu/mpi/one-sided/osu_get_acc_latency", "osu_get_acc_latency")]
    [InlineData("time -p srun -N 4 osu_latency", "osu_latency")]
    [InlineData("flux run -N 4 /opt/osu/osu_barrier -i 100", "osu_barrier")]
    [InlineData("# OSU MPI Allreduce Latency Test v5.8", null)]
    [InlineData("METRICS OPERATOR TIMEPOINT", null)]
    [InlineData("real\t0m48.187s", null)]
    [InlineData("echo osu_latency", null)]
    public void Finds_the_benchmark_of_a_launch_line(string line, string? benchmark) =>
        Assert.Equal(benchmark, BenchmarkLine.Benchmark(line));
}
