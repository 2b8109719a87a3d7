using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Tests.Ingest;

/// <summary>Launch lines of the launchers seen around OSU runs (field guide §8) and what each tells.</summary>
public class LaunchCommandTests
{
    [Theory]
    [InlineData("time mpirun --hostfile ./hostlist.txt --allow-run-as-root -np 8 -map-by ppr:1:node -rank-by core /opt/osu/mpi/collective/osu_allgather", "mpirun", "osu_allgather", 8, 8, true)]
    [InlineData("time mpirun --hostfile ./hostlist-pairs.txt --allow-run-as-root -np 2 -map-by ppr:1:node /opt/osu/mpi/pt2pt/osu_latency", "mpirun", "osu_latency", 2, 2, true)]
    [InlineData("mpirun -np 16 -N 4 ./osu_bcast -m 1:1024", "mpirun", "osu_bcast", 16, 4, false)]
    [InlineData("mpiexec -n 4 -ppn 2 osu_bw", "mpiexec", "osu_bw", 4, 2, false)]
    [InlineData("mpirun --host a,b,c -np 3 osu_alltoall", "mpirun", "osu_alltoall", 3, 3, false)]
    [InlineData("$ srun -N 4 -n 16 ./osu_allreduce", "srun", "osu_allreduce", 16, 4, false)]
    [InlineData("srun --nodes=2 --ntasks=2 --gpus-per-task=1 ./osu_latency D D", "srun", "osu_latency", 2, 2, false)]
    [InlineData("time jsrun -n 8 -r 2 -a 1 ./osu_latency", "jsrun", "osu_latency", 8, 4, true)]
    [InlineData("flux run -N 2 -n 2 /usr/libexec/osu-micro-benchmarks/mpi/pt2pt/osu_latency", "flux", "osu_latency", 2, 2, false)]
    [InlineData("time -p flux run -N2 -n 2 osu_bw", "flux", "osu_bw", 2, 2, true)]
    public void Launch_lines_give_launcher_benchmark_processes_and_nodes(string line, string launcher, string benchmark, int? processes, int? nodes, bool timed)
    {
        var c = LaunchCommand.TryParse(line)!;
        Assert.NotNull(c);
        Assert.Equal((launcher, benchmark, processes, nodes, timed), (c.Launcher, c.Benchmark, c.Processes, c.Nodes, c.Timed));
    }

    [Theory]
    [InlineData("# OSU MPI Latency Test v5.8")]
    [InlineData("echo osu_latency")]
    [InlineData("time mpirun -np 2 ./hello")]
    [InlineData("flux resource list osu_x")]
    [InlineData("")]
    public void Other_lines_are_not_launch_lines(string line) => Assert.Null(LaunchCommand.TryParse(line));
}
