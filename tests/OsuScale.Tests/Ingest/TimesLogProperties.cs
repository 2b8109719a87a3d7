using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Tests.Ingest;

/// <summary>times.log write→read is the identity, for any metric text, any double and any positive size and iteration.</summary>
public class TimesLogProperties
{
    private static readonly Gen<TimesLogRow> Row =
        from metric in Gen.OneOf(Gen.Elements("osu_latency", "osu_allreduce", "a,b", "\"q\"", " spaced ", "line\nbreak", "#x"),
                                 ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => s.Get))
        from time in Gen.OneOf(ArbMap.Default.GeneratorFor<double>(), Gen.Elements(double.NaN, double.PositiveInfinity, double.Epsilon, 1e308, 0.1 + 0.2, 12268.196))
        from size in Gen.Choose(1, int.MaxValue)
        from iteration in Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(1, int.MaxValue)))
        select new TimesLogRow(metric, time, size, iteration);

    [Property(MaxTest = 300)]
    public Property Write_then_read_gives_the_same_rows() =>
        Prop.ForAll(Gen.ListOf(Row).ToArbitrary(), rows =>
        {
            var w = new StringWriter();
            TimesLog.Write(rows, w);
            var back = TimesLog.Read(new StringReader(w.ToString()), "t.log");
            Assert.Equal(rows, back);
        });

    [Property(MaxTest = 100)]
    public Property A_file_compared_with_itself_agrees() =>
        Prop.ForAll(Gen.ListOf(Row).ToArbitrary(), rows =>
        {
            var unique = rows.DistinctBy(r => (r.Metric, r.SizeNodes, r.Iteration)).ToList();
            var cmp = TimesLog.Compare(unique, unique);
            Assert.True(cmp.Agrees);
            Assert.Equal(unique.Count, cmp.Matching);
        });
}
