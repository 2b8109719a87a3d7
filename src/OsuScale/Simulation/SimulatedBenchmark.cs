namespace OsuScale.Simulation;

/// <summary>One benchmark of a simulated campaign.</summary>
/// <param name="Name">The OSU benchmark name (<c>osu_allgather</c>); the catalog decides its table shape and whether it runs on a pair.</param>
/// <param name="Law">How its wall time and its metric grow with N.</param>
/// <param name="BaseSeconds">Its wall time at the smallest size, in seconds.</param>
/// <param name="BaseLatencyMicroseconds">Its latency for an empty message at the smallest size, in microseconds (message sizes add 1 µs per kB).</param>
public sealed record SimulatedBenchmark(string Name, ScalingLaw Law, double BaseSeconds, double BaseLatencyMicroseconds = 30);
