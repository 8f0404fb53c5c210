using EcoGov.Testing;
using Npgsql;

namespace EcoGov.Data.Tests;

/// <summary>The throwaway PostgreSQL + PostGIS cluster that integration tests and the PostGIS comparison use.</summary>
public sealed class PostgresClusterTests
{
    [Fact]
    public async Task A_cluster_starts_with_PostGIS_and_measures_in_a_Gauss_Kruger_zone()
    {
        using var cluster = PostgresCluster.Start();
        await using var connection = new NpgsqlConnection(cluster.ConnectionString());
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS postgis", connection)) await create.ExecuteNonQueryAsync();

        // A 1 km × 1 km square in CGCS2000 / 3-degree GK CM 114E (EPSG:4547): PostGIS knows the system and measures 1 km².
        const string sql = "SELECT ST_Area(ST_MakeEnvelope(400000, 3900000, 401000, 3901000, 4547)), " +
                           "ST_SRID(ST_Transform(ST_SetSRID(ST_MakePoint(112.85, 35.5), 4490), 4547))";
        await using var cmd = new NpgsqlCommand(sql, connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(1_000_000, reader.GetDouble(0), 6);
        Assert.Equal(4547, reader.GetInt32(1));
    }
}
