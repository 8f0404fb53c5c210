using System.Globalization;
using System.Text;
using EcoGov.Core.Foresight;
using EcoGov.Core.Text;

namespace EcoGov.Application.Monitoring;

/// <summary>
/// `monitoring generate` as a host receives it: the output file (<c>out</c>), the first year (<c>fromYear</c>), how many
/// years (<c>years</c>), how many stations (<c>stations</c>), the seed (<c>seed</c>) and the station name prefix (<c>prefix</c>).
/// </summary>
public sealed record SyntheticAirRequest(string? Out, string? FromYear, string? Years, string? Stations = null, string? Seed = null, string? Prefix = null)
{
    public const string OutField = "out";
    public const string FromYearField = "fromYear";
    public const string YearsField = "years";
    public const string StationsField = "stations";
    public const string SeedField = "seed";
    public const string PrefixField = "prefix";
}

/// <summary>What was written: the file, its stations, years, rows and seed.</summary>
public sealed record SyntheticAirDto(string File, IReadOnlyList<string> Stations, int FromYear, int Years, int Rows, int Seed);

/// <summary>
/// Writes a deterministic synthetic multi-year hourly air data set (<see cref="SyntheticAirYears"/>) as a CSV that
/// `monitoring import --kind air-hourly` reads (columns station, time, SO2, NO2, CO, O3, PM10, PM2.5) — the data of the
/// projection's backtest (docs/foresight.md).
/// </summary>
public static class SyntheticAirService
{
    public const int MaxYears = 20, MaxStations = 10;

    public static SyntheticAirDto Write(SyntheticAirRequest r)
    {
        if (RequestValues.Absent(r.Out))
            throw new ApplicationInputException(ErrorCode.Required, SyntheticAirRequest.OutField, AppText.OutFileRequired());
        int from = Int(r.FromYear, SyntheticAirRequest.FromYearField, AppText.LabelFromYear, 2000, 2100, null);
        int years = Int(r.Years, SyntheticAirRequest.YearsField, AppText.LabelYears, 1, MaxYears, null);
        int stations = Int(r.Stations, SyntheticAirRequest.StationsField, AppText.LabelStations, 1, MaxStations, 2);
        int seed = Int(r.Seed, SyntheticAirRequest.SeedField, AppText.LabelSeed, 0, int.MaxValue - 100_000, SyntheticAirYears.DefaultSeed);
        if (from + years - 1 > 2100)
            throw new ApplicationInputException(ErrorCode.OutOfRange, SyntheticAirRequest.YearsField, AppText.LastYearMustBe());
        var prefix = RequestValues.FreeText(r.Prefix, SyntheticAirRequest.PrefixField, AppText.LabelStationPrefix, 20, required: false) ?? "合成站";
        var names = Enumerable.Range(1, stations).Select(k => $"{prefix}{k}").ToList();
        var data = SyntheticAirYears.Generate(from, years, stations, seed);
        var csv = new StringBuilder("station,time,SO2,NO2,CO,O3,PM10,PM2.5\n");
        int rows = 0;
        for (int k = 0; k < stations; k++)
            foreach (var h in data[k])
            {
                csv.Append(CultureInfo.InvariantCulture, $"{names[k]},{h.HourStart:yyyy-MM-dd HH:mm},{h.So2},{h.No2},{h.Co},{h.O3},{h.Pm10},{h.Pm25}\n");
                rows++;
            }
        var path = Path.GetFullPath(r.Out!);
        try
        {
            File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ApplicationInputException(ErrorCode.InvalidValue, SyntheticAirRequest.OutField,
                AppText.CannotWriteFile(UserText.Quote(r.Out!), e.Message));
        }
        return new SyntheticAirDto(path, names, from, years, rows, seed);
    }

    private static int Int(string? value, string field, AppMessage label, int min, int max, int? fallback)
    {
        if (RequestValues.Absent(value))
            return fallback ?? throw new ApplicationInputException(ErrorCode.Required, field, AppText.ValueRequired(label, field));
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new ApplicationInputException(ErrorCode.OutOfRange, field,
                AppText.IntegerOutOfRange(label, min, max, UserText.Quote(value!), field));
        return v;
    }
}
