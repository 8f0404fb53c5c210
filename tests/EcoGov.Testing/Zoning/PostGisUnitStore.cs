using System.Diagnostics;
using EcoGov.Spatial.Zoning;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;
using NpgsqlTypes;

namespace EcoGov.Testing.Zoning;

/// <summary>How long loading the units into PostGIS took, step by step.</summary>
public sealed record PostGisLoadTimes(TimeSpan Copy, TimeSpan Transform, TimeSpan Index, TimeSpan Analyze, long WkbBytes)
{
    public TimeSpan Total => Copy + Transform + Index + Analyze;
}

/// <summary>
/// The PostGIS side of the siting comparison: a table <c>units(id, code, geom geometry(…, 4490), geom_gk geometry(…, frame))</c>
/// filled by binary COPY of EWKB, with GiST indexes on both geometry columns and ANALYZE; then one connection and
/// prepared statements for the three questions — which units a site intersects (ST_Intersects: boundary contact
/// counts), overlap area and perimeter of site ∩ unit measured in the Gauss-Krüger frame
/// (ST_Area/ST_Perimeter(ST_Transform(ST_Intersection(geom, site), frame))), and units within D m of a point
/// (ST_DWithin / ST_Distance on the stored projected column <c>geom_gk</c>, which has its own GiST index).
/// Ids are the features' positions in the list loaded.
/// </summary>
public sealed class PostGisUnitStore : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _point, _polygon, _within;

    private PostGisUnitStore(NpgsqlConnection connection, int frameEpsg, PostGisLoadTimes times)
    {
        _connection = connection;
        FrameEpsg = frameEpsg;
        LoadTimes = times;
        _point = new NpgsqlCommand("SELECT id FROM units WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint($1, $2), 4490))", connection);
        _point.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double });
        _point.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double });
        _polygon = new NpgsqlCommand(
            $"SELECT u.id, ST_Area(x.g), ST_Perimeter(x.g) FROM (SELECT ST_GeomFromWKB($1, 4490) AS s) q " +
            $"JOIN units u ON ST_Intersects(u.geom, q.s) " +
            $"CROSS JOIN LATERAL (SELECT ST_Transform(ST_Intersection(u.geom, q.s), {frameEpsg}) AS g) x", connection);
        _polygon.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea });
        _within = new NpgsqlCommand(
            $"SELECT u.id, ST_Distance(u.geom_gk, q.p) FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4490), {frameEpsg}) AS p) q " +
            "JOIN units u ON ST_DWithin(u.geom_gk, q.p, $3)", connection);
        _within.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double });
        _within.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double });
        _within.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double });
        _point.Prepare();
        _polygon.Prepare();
        _within.Prepare();
    }

    public int FrameEpsg { get; }
    public PostGisLoadTimes LoadTimes { get; }

    /// <summary>Creates the extension and table in the database, loads the features and opens the query connection.</summary>
    public static async Task<PostGisUnitStore> CreateAsync(string connectionString, IReadOnlyList<LayerFeature> features, int frameEpsg)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        try
        {
            await Exec(connection, "CREATE EXTENSION IF NOT EXISTS postgis; DROP TABLE IF EXISTS units; " +
                $"CREATE TABLE units (id integer PRIMARY KEY, code text NOT NULL, geom geometry(Geometry, 4490) NOT NULL, geom_gk geometry(Geometry, {frameEpsg}))");
            connection.ReloadTypes();
            var sw = Stopwatch.StartNew();
            var writer = new WKBWriter(ByteOrder.LittleEndian, handleSRID: true, emitZ: false, emitM: false);
            long bytes = 0;
            await using (var copy = await connection.BeginBinaryImportAsync("COPY units (id, code, geom) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < features.Count; i++)
                {
                    var g = features[i].Geometry;
                    if (g.SRID != 4490) { g = g.Copy(); g.SRID = 4490; }
                    var wkb = writer.Write(g);
                    bytes += wkb.Length;
                    await copy.StartRowAsync();
                    await copy.WriteAsync(i, NpgsqlDbType.Integer);
                    await copy.WriteAsync(features[i].Id, NpgsqlDbType.Text);
                    await copy.WriteAsync(wkb, NpgsqlDbType.Bytea); // geometry's binary input reads (E)WKB
                }
                await copy.CompleteAsync();
            }
            var tCopy = sw.Elapsed;
            sw.Restart();
            await Exec(connection, $"UPDATE units SET geom_gk = ST_Transform(geom, {frameEpsg})");
            var tTransform = sw.Elapsed;
            sw.Restart();
            await Exec(connection, "CREATE INDEX units_geom ON units USING gist (geom); CREATE INDEX units_geom_gk ON units USING gist (geom_gk)");
            var tIndex = sw.Elapsed;
            sw.Restart();
            await Exec(connection, "VACUUM ANALYZE units");
            var tAnalyze = sw.Elapsed;
            return new PostGisUnitStore(connection, frameEpsg, new PostGisLoadTimes(tCopy, tTransform, tIndex, tAnalyze, bytes));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Ids of the units whose closed geometry contains the point (ST_Intersects).</summary>
    public List<int> PointUnits(Point p)
    {
        _point.Parameters[0].Value = p.X;
        _point.Parameters[1].Value = p.Y;
        var ids = new List<int>(4);
        using var r = _point.ExecuteReader();
        while (r.Read()) ids.Add(r.GetInt32(0));
        return ids;
    }

    /// <summary>Every unit the polygon intersects (boundary contact included) with the area (m²) and perimeter (m) of
    /// the intersection in the frame.</summary>
    public List<(int Id, double Area, double Perimeter)> PolygonUnits(Polygon site)
    {
        _polygon.Parameters[0].Value = new WKBWriter(ByteOrder.LittleEndian, false).Write(site);
        var rows = new List<(int, double, double)>(8);
        using var r = _polygon.ExecuteReader();
        while (r.Read()) rows.Add((r.GetInt32(0), r.GetDouble(1), r.GetDouble(2)));
        return rows;
    }

    /// <summary>Units within <paramref name="meters"/> of the point in the frame (ST_DWithin on geom_gk) and their distance.</summary>
    public List<(int Id, double Distance)> Within(Point p, double meters)
    {
        _within.Parameters[0].Value = p.X;
        _within.Parameters[1].Value = p.Y;
        _within.Parameters[2].Value = meters;
        var rows = new List<(int, double)>(16);
        using var r = _within.ExecuteReader();
        while (r.Read()) rows.Add((r.GetInt32(0), r.GetDouble(1)));
        return rows;
    }

    /// <summary>EXPLAIN of the point query (to show the GiST index is used).</summary>
    public string ExplainPoint(Point p)
    {
        using var cmd = new NpgsqlCommand(
            $"EXPLAIN SELECT id FROM units WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint({p.X.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, " +
            $"{p.Y.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}), 4490))", _connection);
        using var r = cmd.ExecuteReader();
        var lines = new List<string>();
        while (r.Read()) lines.Add(r.GetString(0));
        return string.Join("\n", lines);
    }

    /// <summary>Server-side validity check of every loaded unit: number of invalid ones.</summary>
    public long InvalidCount()
    {
        using var cmd = new NpgsqlCommand("SELECT count(*) FROM units WHERE NOT ST_IsValid(geom)", _connection);
        return (long)cmd.ExecuteScalar()!;
    }

    private static async Task Exec(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _point.DisposeAsync();
        await _polygon.DisposeAsync();
        await _within.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
