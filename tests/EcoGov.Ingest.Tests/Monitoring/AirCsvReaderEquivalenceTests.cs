using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcoGov.Ingest.Monitoring;

namespace EcoGov.Ingest.Tests.Monitoring;

/// <summary>
/// The reader's fast paths (time cells without the regex, columns mapped once, values parsed from spans, interned
/// stations) give the same rows and the same error messages as before: the time parser is compared with the
/// previous regex parser (kept here), and whole files with errors with the exact messages.
/// </summary>
public class AirCsvReaderEquivalenceTests
{
    private static readonly Regex TimePattern = new(@"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$", RegexOptions.CultureInvariant);

    /// <summary>The time parser before the fast path (commit bf8f053), verbatim but for its messages, now from the catalogue (Chinese first).</summary>
    private static DateTime? ReferenceHourStart(string cell, bool hourEnding, out string? error)
    {
        error = null;
        var m = TimePattern.Match(cell.Trim());
        if (m.Success)
        {
            var date = AirCsvReader.ParseDate($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", out _);
            var hour = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture);
            var second = m.Groups[6].Success ? int.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture) : 0;
            if (date is not null && minute == 0 && second == 0 && (hour <= 23 || (hour == 24 && hourEnding)))
            {
                var label = date.Value.ToDateTime(TimeOnly.MinValue).AddHours(hour);
                return hourEnding ? label.AddHours(-1) : label;
            }
            if (date is not null && hour == 24 && !hourEnding && minute == 0 && second == 0)
            {
                error = $"时间“{cell}”有误：24:00 仅用于时段结束时间标注，按时段结束标注的文件请加 --hour-ending / bad time \"{cell}\": 24:00 is an hour's end; use --hour-ending for hour-ending labels";
                return null;
            }
        }
        error = $"时间“{cell}”格式错误，须为整点 yyyy-MM-dd HH:00 / bad time \"{cell}\", expected yyyy-MM-dd HH:00 on the hour";
        return null;
    }

    [Fact]
    public void Time_cells_parse_as_before()
    {
        for (int seed = 0; seed < 20_000; seed++)
        {
            bool hourEnding = seed % 2 == 0;
            var cell = TimeCell(new Random(seed));
            var expected = ReferenceHourStart(cell, hourEnding, out var expectedError);
            var actual = AirCsvReader.ParseHourStart(cell, hourEnding, out var actualError);
            Assert.True(expected == actual && expectedError == actualError?.Bilingual, $"\"{cell}\" hourEnding={hourEnding}: {actual} {actualError}");
            if (expected is { } e) Assert.Equal(e.Kind, actual!.Value.Kind);
        }
    }

    /// <summary>Mostly well-formed cells, with the variants the general pattern allows and common mistakes.</summary>
    private static string TimeCell(Random rnd)
    {
        string[] years = ["2023", "2024", "2100", "2000", "0001", "0002", "9999", "202", "20x4"];
        string Two(int max) => rnd.Next(0, 8) == 0 ? rnd.Next(0, 10).ToString(CultureInfo.InvariantCulture) : rnd.Next(0, max).ToString("00", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        if (rnd.Next(8) == 0) sb.Append(' ');
        sb.Append(years[rnd.Next(years.Length)]).Append(rnd.Next(6) == 0 ? '/' : '-').Append(Two(14)).Append('-').Append(Two(32))
            .Append(rnd.Next(6) == 0 ? 'T' : ' ').Append(Two(26)).Append(':').Append(rnd.Next(4) == 0 ? Two(60) : "00");
        if (rnd.Next(8) == 0) sb.Append(":00");
        if (rnd.Next(8) == 0) sb.Append(' ');
        return sb.ToString();
    }

    [Fact]
    public void Errors_in_a_file_are_reported_as_before()
    {
        const string csv =
            "station, PM25 ,time,SO2,NO2\n" +
            "A,1,2023-01-01 00:00,2,3\n" +
            "A,x,2023-01-01 01:00,-1,\n" +
            " A ,1,2023-01-01 00:00,2,3\n" +
            "B,1,2023-01-01 00:30,2,3\n" +
            ",1,2023-01-01 02:00,2,3\n" +
            "B,1,2023-01-01 24:00,2,3\n" +
            "B,1,2023-1-1 3:00,2,3\n" +
            "B,1,2023-01-01 03:00,2\n" +
            "B,1,2023-01-01 03:00:00, 2 ,1e1\n";
        var r = AirCsvReader.ParseHourly(csv, "f.csv", hourEnding: false);
        Assert.Empty(r.Rows);
        Assert.Equal(
        [
            "f.csv row 3, column 2 (PM2.5)（第 3 行第 2 列 PM2.5）: 数值无法解析：“x” / not a number: \"x\"",
            "f.csv row 3, column 4 (SO2)（第 3 行第 4 列 SO2）: 浓度不能为负：-1 / negative value -1",
            "f.csv row 4, column 3 (time)（第 4 行第 3 列 time）: 站点“A”与时间 2023-01-01 00:00 重复（首见第 2 行）/ duplicate station \"A\" and time 2023-01-01 00:00 (first at row 2)",
            "f.csv row 5, column 3 (time)（第 5 行第 3 列 time）: 时间“2023-01-01 00:30”格式错误，须为整点 yyyy-MM-dd HH:00 / bad time \"2023-01-01 00:30\", expected yyyy-MM-dd HH:00 on the hour",
            "f.csv row 6, column 1 (station)（第 6 行第 1 列 station）: 站点为空 / empty station",
            "f.csv row 7, column 3 (time)（第 7 行第 3 列 time）: 时间“2023-01-01 24:00”有误：24:00 仅用于时段结束时间标注，按时段结束标注的文件请加 --hour-ending / bad time \"2023-01-01 24:00\": 24:00 is an hour's end; use --hour-ending for hour-ending labels",
            "f.csv row 9, column 5 (NO2)（第 9 行第 5 列 NO2）: 字段数 4 与表头的 5 不符 / 4 fields, the header has 5",
            "f.csv row 10, column 3 (time)（第 10 行第 3 列 time）: 站点“B”与时间 2023-01-01 03:00 重复（首见第 8 行）/ duplicate station \"B\" and time 2023-01-01 03:00 (first at row 8)",
        ], r.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Rows_are_read_as_before()
    {
        const string csv = "station,time,PM2.5,O3,CO\nA,2023-01-01 00:00,1.5,,0.25\n\"B, north\",2023/1/1 1:00, 7 ,8,\n";
        var r = AirCsvReader.ParseHourly(csv, "f.csv", hourEnding: false);
        Assert.True(r.Ok);
        Assert.Equal(new Core.Air.AirHourlyRecord("A", new DateTime(2023, 1, 1, 0, 0, 0), null, null, 0.25, null, null, 1.5), r.Rows[0]);
        Assert.Equal(new Core.Air.AirHourlyRecord("B, north", new DateTime(2023, 1, 1, 1, 0, 0), null, null, null, 8, null, 7), r.Rows[1]);
    }
}
