using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data;

/// <summary>The platform's one database: SQLite embedded by default, PostgreSQL in production.</summary>
public sealed class EcoGovDbContext(DbContextOptions<EcoGovDbContext> options) : DbContext(options)
{
    public DbSet<SourceDocumentEntity> SourceDocuments => Set<SourceDocumentEntity>();
    public DbSet<JurisdictionEntity> Jurisdictions => Set<JurisdictionEntity>();
    public DbSet<PlanEntity> Plans => Set<PlanEntity>();
    public DbSet<IndicatorEntity> Indicators => Set<IndicatorEntity>();
    public DbSet<MonthlyAirTargetEntity> AirTargets => Set<MonthlyAirTargetEntity>();
    public DbSet<WaterSectionTargetEntity> SectionTargets => Set<WaterSectionTargetEntity>();
    public DbSet<PlanTaskEntity> Tasks => Set<PlanTaskEntity>();
    public DbSet<KeyProjectEntity> Projects => Set<KeyProjectEntity>();
    public DbSet<UnitStatisticsEntity> UnitStatistics => Set<UnitStatisticsEntity>();
    public DbSet<AccessRequirementEntity> AccessRequirements => Set<AccessRequirementEntity>();
    public DbSet<StatedTotalEntity> StatedTotals => Set<StatedTotalEntity>();
    public DbSet<SeedFindingEntity> Findings => Set<SeedFindingEntity>();
    public DbSet<UserEntity> Users => Set<UserEntity>();
    public DbSet<MonitoringStationEntity> MonitoringStations => Set<MonitoringStationEntity>();
    public DbSet<WaterSectionEntity> WaterSections => Set<WaterSectionEntity>();
    public DbSet<MonitoringImportEntity> MonitoringImports => Set<MonitoringImportEntity>();
    public DbSet<AirHourlyObservationEntity> AirHourlyObservations => Set<AirHourlyObservationEntity>();
    public DbSet<AirStationDayEntity> AirStationDays => Set<AirStationDayEntity>();
    public DbSet<WaterSampleEntity> WaterSamples => Set<WaterSampleEntity>();
    public DbSet<ZoningLayerVersionEntity> ZoningLayerVersions => Set<ZoningLayerVersionEntity>();
    public DbSet<ZoningLayerFeatureEntity> ZoningLayerFeatures => Set<ZoningLayerFeatureEntity>();
    public DbSet<DepartmentEntity> Departments => Set<DepartmentEntity>();
    public DbSet<ProgressReportEntity> ProgressReports => Set<ProgressReportEntity>();
    public DbSet<EvidenceFileEntity> EvidenceFiles => Set<EvidenceFileEntity>();
    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();
    public DbSet<PlanSettingsEntity> PlanSettings => Set<PlanSettingsEntity>();
    public DbSet<JurisdictionSettingsEntity> JurisdictionSettings => Set<JurisdictionSettingsEntity>();
    public DbSet<WarningLetterEntity> WarningLetters => Set<WarningLetterEntity>();

    // Supervision seeds (issue 9 item 1): rules, recurring duties and unit additions read from the seed documents.
    public DbSet<SupervisionRuleEntity> SupervisionRules => Set<SupervisionRuleEntity>();
    public DbSet<TaskDutyEntity> TaskDuties => Set<TaskDutyEntity>();
    public DbSet<TaskUnitAdditionEntity> TaskUnitAdditions => Set<TaskUnitAdditionEntity>();

    /// <summary>指标实际值 entered by people (issue 10 item 2).</summary>
    public DbSet<IndicatorActualEntity> IndicatorActuals => Set<IndicatorActualEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder b)
    {
        // Enums are stored by name so the database stays readable and reorder-safe.
        b.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    /// <summary>
    /// Each entity's table, keys, indexes and relations are in its own <see cref="IEntityTypeConfiguration{TEntity}"/>
    /// (folder Configuration, and <see cref="IndicatorActualConfiguration"/> beside its entity). One column differs by
    /// provider (ADR 0004): Npgsql maps DateTime to timestamptz, which accepts only UTC values, and the CST hour is a local
    /// wall-clock time, so on PostgreSQL it is timestamp without time zone.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder m)
    {
        m.ApplyConfigurationsFromAssembly(typeof(EcoGovDbContext).Assembly);
        if (Database.IsNpgsql())
            m.Entity<AirHourlyObservationEntity>().Property(x => x.HourStartCst).HasColumnType("timestamp without time zone");
    }
}
