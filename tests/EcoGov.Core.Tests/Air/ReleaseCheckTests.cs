using EcoGov.Core.Air;
using EcoGov.Core.Text;

namespace EcoGov.Core.Tests.Air;

/// <summary>The release check at its edges: the O3 column trap, the literal reading, validity of moving means, windows before the data.</summary>
public sealed class ReleaseCheckTests
{
    private static ReleaseHour Hour(string station, int k, double o3, double pm25, double? aqi, double? o3Max = null, double? o3Moving8h = null, IReadOnlyList<Pollutant>? primary = null)
    {
        var v = new double?[ReleaseColumns.All.Count];
        v[(int)ReleaseColumn.So2] = 5;
        v[(int)ReleaseColumn.No2] = 10;
        v[(int)ReleaseColumn.Co] = 0.5;
        v[(int)ReleaseColumn.Pm10] = 20;
        v[(int)ReleaseColumn.Pm25] = pm25;
        v[(int)ReleaseColumn.O3] = o3;
        v[(int)ReleaseColumn.O3Max24h] = o3Max;
        v[(int)ReleaseColumn.O3Moving8h] = o3Moving8h;
        v[(int)ReleaseColumn.Aqi] = aqi;
        return new ReleaseHour(station, new DateTime(2022, 7, 1).AddHours(k), v, primary, "f.csv", k + 2);
    }

    [Fact]
    public void An_aqi_computed_from_the_o3_column_is_reported_with_the_trap_named()
    {
        // The hour's O3 (o3_24h) 120 → IAQI ceil(120/160×50) = 38; the o3 column (24h max) 240 → IAQI 100 + 50×40/100 = 120.
        var r = ReleaseCheck.Check([Hour("A", 0, o3: 120, pm25: 10, aqi: 120, o3Max: 240, primary: [Pollutant.O3])]);
        var aqi = Assert.Single(r.Disagreements, d => d.Field == "aqi");
        Assert.Equal(("120", "38"), (aqi.Published, aqi.Computed));
        Assert.Equal(nameof(CoreText.ReleaseReasonHint), aqi.Reason.Key);
        Assert.Equal([nameof(CoreText.ReleaseAqiDiffers), nameof(CoreText.ReleaseHintO3Column)], aqi.Reason.Arguments.Select(a => ((Message)a!).Key));
        Assert.EndsWith("— taking the o3 column (largest hourly O3 of 24 hours) as the hour's O3 gives the published value", aqi.Reason.Format(Message.English), StringComparison.Ordinal);
        Assert.Equal(0, r.Agree);
    }

    [Fact]
    public void A_correct_hour_agrees_and_a_primary_pollutant_at_aqi_50_or_below_is_a_disagreement()
    {
        // PM2.5 60 → IAQI 50 + 50×25/40 = 81.25 → 82; O3 100 → 31.25 → 32; PM10 20 → 20.
        var ok = ReleaseCheck.Check([Hour("A", 0, o3: 100, pm25: 60, aqi: 82, primary: [Pollutant.PM25])]);
        Assert.Equal((1, 1), (ok.Rows, ok.Agree));
        Assert.Empty(ok.Disagreements);
        var low = ReleaseCheck.Check([Hour("A", 0, o3: 100, pm25: 20, aqi: 32, primary: [Pollutant.O3])]);
        Assert.Equal("primarypollutant", Assert.Single(low.Disagreements).Field);
    }

    [Fact]
    public void An_8h_mean_published_from_too_few_valid_hours_is_a_disagreement_and_a_window_before_the_data_is_unchecked()
    {
        // IAQIs: PM10 20 → 20 (the largest), O3 50 → 16, O3 60 → 19. Hours 0–7 held for station A (the 8h window of hour 7 is covered) but station A has O3 only in 5 of them.
        var rows = new List<ReleaseHour>();
        for (var k = 0; k < 8; k++)
        {
            rows.Add(Hour("B", k, o3: 50, pm25: 10, aqi: 20, o3Moving8h: k == 7 ? 50 : null));
            var a = Hour("A", k, o3: 60, pm25: 10, aqi: 20, o3Moving8h: k == 7 ? 60 : null);
            if (k is 1 or 3 or 5)
            {
                var v = a.Values.ToArray();
                v[(int)ReleaseColumn.O3] = null;
                v[(int)ReleaseColumn.Aqi] = null; // O3 missing, the rest ≤ 100: NA
                a = a with { Values = v };
            }
            rows.Add(a);
        }
        var r = ReleaseCheck.Check(rows);
        var d = Assert.Single(r.Disagreements);
        Assert.Equal(("A", "o3_8h_24h", "60", null), (d.Station, d.Field, d.Published, d.Computed));
        Assert.Equal(nameof(CoreText.ReleaseMovingMeanTooFewHours), d.Reason.Key);
        Assert.Equal<object?>([5, 8, 6], d.Reason.Arguments);
        Assert.Equal("已发布，但 8 小时中仅 5 小时有效，少于 6（GB 3095 表4）：不应有 8 小时滑动平均 / "
            + "published, but only 5 of the 8 hours are valid, fewer than 6 (GB 3095 Table 4): no valid 8h moving mean", d.Reason.Bilingual);
        Assert.True(r.Unchecked > 0); // the 24h means and hours 0–6's 8h means reach before 2022-07-01 00:00
    }
}
