using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcoGov.Data.Configuration;

// Monitoring data: stations and sections, the imports, the hours and the station days computed from them, water samples.

public sealed class MonitoringStationConfiguration : IEntityTypeConfiguration<MonitoringStationEntity>
{
    public void Configure(EntityTypeBuilder<MonitoringStationEntity> e)
    {
        e.ToTable("monitoring_stations");
        e.HasKey(x => x.Code);
        e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WaterSectionConfiguration : IEntityTypeConfiguration<WaterSectionEntity>
{
    public void Configure(EntityTypeBuilder<WaterSectionEntity> e)
    {
        e.ToTable("water_sections");
        e.HasKey(x => x.Code);
        e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MonitoringImportConfiguration : IEntityTypeConfiguration<MonitoringImportEntity>
{
    public void Configure(EntityTypeBuilder<MonitoringImportEntity> e)
    {
        e.ToTable("monitoring_imports");
        e.HasIndex(x => new { x.Kind, x.Sha256 });
    }
}

/// <summary>The hours (on PostgreSQL the hour's column type differs: <see cref="EcoGovDbContext"/>'s OnModelCreating).</summary>
public sealed class AirHourlyObservationConfiguration : IEntityTypeConfiguration<AirHourlyObservationEntity>
{
    public void Configure(EntityTypeBuilder<AirHourlyObservationEntity> e)
    {
        e.ToTable("air_hourly_observations");
        // One value per station and hour: a re-import finds the row by this key.
        e.HasIndex(x => new { x.StationCode, x.HourStartCst }).IsUnique();
        e.HasIndex(x => x.ImportId);
        e.HasOne<MonitoringStationEntity>().WithMany().HasForeignKey(x => x.StationCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<MonitoringImportEntity>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AirStationDayConfiguration : IEntityTypeConfiguration<AirStationDayEntity>
{
    public void Configure(EntityTypeBuilder<AirStationDayEntity> e)
    {
        e.ToTable("air_station_days");
        e.HasKey(x => new { x.StationCode, x.Date });
        e.HasOne<MonitoringStationEntity>().WithMany().HasForeignKey(x => x.StationCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WaterSampleConfiguration : IEntityTypeConfiguration<WaterSampleEntity>
{
    public void Configure(EntityTypeBuilder<WaterSampleEntity> e)
    {
        e.ToTable("water_samples");
        e.HasIndex(x => new { x.SectionCode, x.SampledOn, x.SampleId }).IsUnique();
        e.HasIndex(x => x.ImportId);
        e.HasOne<WaterSectionEntity>().WithMany().HasForeignKey(x => x.SectionCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<MonitoringImportEntity>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
