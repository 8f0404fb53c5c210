using EcoGov.Application.Air;
using EcoGov.Application.Monitoring;

namespace EcoGov.Application.Tests;

/// <summary>
/// The file operations the CLI used to run itself (`air aqi`, `air evaluate --input`, `water classify`): a bad file is an
/// <see cref="ApplicationInputException"/> naming no field (the CLI prints the message as it is, exit 2), and a good one
/// gives the typed result.
/// </summary>
public sealed class MonitoringFilesTests : IDisposable
{
    private const string DailyHeader = "station,date,SO2,NO2,CO,PM10,PM2.5,O3_1h,O3_8h";

    private readonly string dir = Directory.CreateTempSubdirectory("ecogov-files-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_daily_file_gives_each_station_days_aqi()
    {
        var path = File("daily.csv", DailyHeader + "\nA,2026-02-28,10,20,0.5,40,75,80,60\n");
        var day = Assert.Single(MonitoringFiles.ReadDailyAqi(path, standard: null));
        Assert.Equal(("A", "HJ 633-2012", 100), (day.Record.Station, day.Result.StandardCode, day.Result.Aqi)); // PM2.5 75 μg/m³: IAQI 100
    }

    [Fact]
    public void A_file_with_errors_is_refused_with_its_rows_and_no_field()
    {
        var path = File("bad.csv", DailyHeader + "\nA,2026-13-01,10,20,0.5,40,75,80,60\n");
        var e = Assert.Throws<ApplicationInputException>(() => MonitoringFiles.ReadDailyAqi(path, standard: null));
        Assert.Equal(ErrorCode.InvalidValue, e.Error.Code);
        Assert.Null(e.Error.Field);
        Assert.StartsWith($"输入文件有误 / bad input file {path}:\n", e.Error.Message);
        Assert.Contains("2026-13-01", e.Error.Message);
    }

    [Fact]
    public void An_hourly_file_without_rows_cannot_be_evaluated()
    {
        var path = File("empty.csv", "station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        var selection = AirEvaluationService.Check(new AirEvaluationRequest("GB3095-2012", null, null, null, null, []));
        var e = Assert.Throws<ApplicationInputException>(() => AirEvaluationService.EvaluateFile(selection, path, hourEnding: false));
        Assert.Equal((ErrorCode.NoData, (string?)null, $"输入文件无数据 / no data rows in {path}"), (e.Error.Code, e.Error.Field, e.Error.Message));
    }

    [Fact]
    public void Water_samples_are_classified_and_a_missing_file_refused()
    {
        var path = File("water.csv", "id,type,pH,DO,COD,NH3N,TP,TN\nS1,river,7.2,6.5,18,0.4,0.1,3.0\n");
        var sample = Assert.Single(MonitoringFiles.ClassifyWater(path));
        Assert.Equal(("S1", "river", "III"), (sample.Id, sample.Type, sample.Class));
        Assert.Equal("Ⅲ类", WaterSampleDto.ChineseClass(sample.Class!));

        var missing = Path.Combine(dir, "none.csv");
        var e = Assert.Throws<ApplicationInputException>(() => MonitoringFiles.ClassifyWater(missing));
        Assert.Equal((ErrorCode.InvalidValue, (string?)null, $"{missing}: 文件不存在 (file not found)"), (e.Error.Code, e.Error.Field, e.Error.Message));
    }
}
