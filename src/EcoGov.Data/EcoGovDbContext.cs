using EcoGov.Core.Supervision;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

    protected override void OnModelCreating(ModelBuilder m)
    {
        m.Entity<SourceDocumentEntity>(e =>
        {
            e.ToTable("source_documents");
            e.HasKey(x => x.Id);
        });
        m.Entity<JurisdictionEntity>(e =>
        {
            e.ToTable("jurisdictions");
            e.HasKey(x => x.Code);
            e.HasIndex(x => x.ParentCode);
        });
        m.Entity<PlanEntity>(e =>
        {
            e.ToTable("plans");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.JurisdictionCode);
            Source(e);
        });
        m.Entity<IndicatorEntity>(e =>
        {
            e.ToTable("indicators");
            e.HasIndex(x => new { x.PlanId, x.Seq }).IsUnique();
            e.OwnsMany(x => x.Targets, t => t.ToJson());
            e.OwnsMany(x => x.Observed, t => t.ToJson());
            Source(e);
        });
        m.Entity<MonthlyAirTargetEntity>(e =>
        {
            e.ToTable("air_targets");
            e.HasIndex(x => new { x.PlanId, x.Pollutant, x.Year, x.Month }).IsUnique();
            Source(e);
        });
        m.Entity<WaterSectionTargetEntity>(e =>
        {
            e.ToTable("section_targets");
            e.HasIndex(x => new { x.PlanId, x.Seq }).IsUnique();
            e.OwnsOne(x => x.Target, t => t.ToJson());
            Source(e);
        });
        m.Entity<PlanTaskEntity>(e =>
        {
            e.ToTable("tasks");
            e.HasIndex(x => new { x.PlanId, x.Seq }).IsUnique();
            Source(e);
        });
        m.Entity<KeyProjectEntity>(e =>
        {
            e.ToTable("projects");
            e.HasIndex(x => new { x.PlanId, x.Seq }).IsUnique();
            e.Property(x => x.Investment).HasPrecision(18, 6);
            Source(e);
        });
        m.Entity<UnitStatisticsEntity>(e =>
        {
            e.ToTable("unit_statistics");
            e.HasIndex(x => new { x.PlanId, x.JurisdictionCode }).IsUnique();
            Source(e);
        });
        m.Entity<AccessRequirementEntity>(e =>
        {
            e.ToTable("access_requirements");
            e.HasIndex(x => new { x.JurisdictionCode, x.Level });
            Source(e);
        });
        m.Entity<StatedTotalEntity>(e =>
        {
            e.ToTable("stated_totals");
            e.Property(x => x.Value).HasPrecision(18, 6);
            Source(e);
        });
        m.Entity<SeedFindingEntity>(e =>
        {
            e.ToTable("seed_findings");
            e.HasIndex(x => x.DocumentId);
            Source(e);
        });
        m.Entity<UserEntity>(e =>
        {
            e.ToTable("users");
            e.HasIndex(x => x.UserName).IsUnique();
            e.Property(x => x.SecurityStamp).HasMaxLength(64);
            e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<DepartmentEntity>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        MonitoringModel(m);
        SupervisionModel(m);
        ZoningLayerModel(m);
        SupervisionSeedModel(m);
        m.ApplyConfiguration(new IndicatorActualConfiguration());
        if (Database.IsNpgsql()) PostgreSqlModel(m);
    }

    /// <summary>Supervision seeds (issue 9 item 1): replaced with their seed document like the other seed records.</summary>
    private static void SupervisionSeedModel(ModelBuilder m)
    {
        m.Entity<SupervisionRuleEntity>(e =>
        {
            e.ToTable("supervision_rules");
            e.HasIndex(x => x.PlanId);
            e.HasIndex(x => x.DocumentId);
            e.OwnsMany(x => x.Triggers, t => t.ToJson());
            Source(e);
        });
        m.Entity<TaskDutyEntity>(e =>
        {
            e.ToTable("task_duties");
            e.HasIndex(x => new { x.PlanId, x.TaskSeq });
            e.HasIndex(x => x.DocumentId);
            Source(e);
        });
        m.Entity<TaskUnitAdditionEntity>(e =>
        {
            e.ToTable("task_unit_additions");
            e.HasIndex(x => new { x.PlanId, x.TaskSeq, x.Unit }).IsUnique();
            e.HasIndex(x => x.DocumentId);
            Source(e);
        });
    }

    /// <summary>
    /// Where PostgreSQL needs a different column type than the provider's default (ADR 0004). Npgsql maps
    /// DateTime to timestamptz, which accepts only UTC values; the CST hour is a local wall-clock time.
    /// </summary>
    private static void PostgreSqlModel(ModelBuilder m)
    {
        m.Entity<AirHourlyObservationEntity>().Property(x => x.HourStartCst).HasColumnType("timestamp without time zone");
    }

    private static void SupervisionModel(ModelBuilder m)
    {
        m.Entity<DepartmentEntity>(e =>
        {
            e.ToTable("departments");
            e.HasIndex(x => new { x.JurisdictionCode, x.Name }).IsUnique();
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        });
        m.Entity<ProgressReportEntity>(e =>
        {
            e.ToTable("progress_reports");
            // One version number per subject, period and department: two submissions racing for the same version fail.
            e.HasIndex(x => new { x.PlanId, x.SubjectKind, x.SubjectSeq, x.Period, x.DepartmentId, x.Version }).IsUnique();
            e.HasIndex(x => new { x.PlanId, x.Period });
            e.HasIndex(x => x.Review);
            e.Property(x => x.Period).HasMaxLength(7);
            e.Property(x => x.Text).HasMaxLength(ProgressReportLimits.TextChars);
            e.Property(x => x.ReviewComment).HasMaxLength(ProgressReportLimits.CommentChars);
            e.Property(x => x.InvestmentCompleted).HasPrecision(18, 6);
            e.HasOne<DepartmentEntity>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<UserEntity>().WithMany().HasForeignKey(x => x.SubmittedById).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<UserEntity>().WithMany().HasForeignKey(x => x.ReviewedById).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ProgressReportEntity>().WithMany().HasForeignKey(x => x.PreviousId).OnDelete(DeleteBehavior.Restrict);
        });
        m.Entity<EvidenceFileEntity>(e =>
        {
            e.ToTable("evidence_files");
            e.HasIndex(x => x.ReportId);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.FileName).HasMaxLength(ProgressReportLimits.FileNameChars);
            e.HasOne<ProgressReportEntity>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
        });
        m.Entity<PlanSettingsEntity>(e =>
        {
            e.ToTable("plan_settings");
            e.HasKey(x => x.PlanId);
        });
        m.Entity<JurisdictionSettingsEntity>(e =>
        {
            e.ToTable("jurisdiction_settings");
            e.HasKey(x => x.JurisdictionCode);
            e.Property(x => x.HeatingSeasonStart).HasMaxLength(5);
            e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        });
        m.Entity<WarningLetterEntity>(e =>
        {
            e.ToTable("warning_letters");
            // One number per issuing jurisdiction and year; one letter per plan, unit and period.
            e.HasIndex(x => new { x.IssuingJurisdictionCode, x.Year, x.Sequence }).IsUnique();
            e.HasIndex(x => new { x.PlanId, x.Unit, x.Period }).IsUnique();
            e.HasIndex(x => x.DepartmentId);
            e.Property(x => x.Number).HasMaxLength(80);
            e.Property(x => x.Unit).HasMaxLength(100);
            e.Property(x => x.Period).HasMaxLength(7);
            e.Property(x => x.Reply).HasMaxLength(Core.Supervision.WarningLetters.ReplyChars);
            e.Property(x => x.Comment).HasMaxLength(Core.Supervision.WarningLetters.CommentChars);
            e.HasOne<DepartmentEntity>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<UserEntity>().WithMany().HasForeignKey(x => x.IssuedById).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<UserEntity>().WithMany().HasForeignKey(x => x.RepliedById).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<UserEntity>().WithMany().HasForeignKey(x => x.ClosedById).OnDelete(DeleteBehavior.Restrict);
        });
        m.Entity<AuditEntryEntity>(e =>
        {
            e.ToTable("audit_entries");
            e.HasIndex(x => new { x.ObjectType, x.ObjectId });
            e.HasIndex(x => x.AtUtc);
        });
    }

    private static void ZoningLayerModel(ModelBuilder m)
    {
        m.Entity<ZoningLayerVersionEntity>(e =>
        {
            e.ToTable("zoning_layer_versions");
            e.HasIndex(x => new { x.Layer, x.JurisdictionCode, x.Version }).IsUnique();
            e.HasIndex(x => new { x.Layer, x.JurisdictionCode, x.EffectiveFrom });
            e.Property(x => x.Layer).HasMaxLength(40);
            e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        });
        m.Entity<ZoningLayerFeatureEntity>(e =>
        {
            e.ToTable("zoning_layer_features");
            e.HasIndex(x => new { x.VersionId, x.FeatureId }).IsUnique();
            e.HasIndex(x => new { x.VersionId, x.MinX, x.MaxX, x.MinY, x.MaxY });
            e.HasOne<ZoningLayerVersionEntity>().WithMany().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void MonitoringModel(ModelBuilder m)
    {
        m.Entity<MonitoringStationEntity>(e =>
        {
            e.ToTable("monitoring_stations");
            e.HasKey(x => x.Code);
            e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        });
        m.Entity<WaterSectionEntity>(e =>
        {
            e.ToTable("water_sections");
            e.HasKey(x => x.Code);
            e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        });
        m.Entity<MonitoringImportEntity>(e =>
        {
            e.ToTable("monitoring_imports");
            e.HasIndex(x => new { x.Kind, x.Sha256 });
        });
        m.Entity<AirHourlyObservationEntity>(e =>
        {
            e.ToTable("air_hourly_observations");
            // One value per station and hour: a re-import finds the row by this key.
            e.HasIndex(x => new { x.StationCode, x.HourStartCst }).IsUnique();
            e.HasIndex(x => x.ImportId);
            e.HasOne<MonitoringStationEntity>().WithMany().HasForeignKey(x => x.StationCode).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<MonitoringImportEntity>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Restrict);
        });
        m.Entity<AirStationDayEntity>(e =>
        {
            e.ToTable("air_station_days");
            e.HasKey(x => new { x.StationCode, x.Date });
            e.HasOne<MonitoringStationEntity>().WithMany().HasForeignKey(x => x.StationCode).OnDelete(DeleteBehavior.Restrict);
        });
        m.Entity<WaterSampleEntity>(e =>
        {
            e.ToTable("water_samples");
            e.HasIndex(x => new { x.SectionCode, x.SampledOn, x.SampleId }).IsUnique();
            e.HasIndex(x => x.ImportId);
            e.HasOne<WaterSectionEntity>().WithMany().HasForeignKey(x => x.SectionCode).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<MonitoringImportEntity>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private static void Source<T>(EntityTypeBuilder<T> e) where T : class
    {
        e.ComplexProperty<SourceRef>("Source", s =>
        {
            s.Property(x => x.Document).HasColumnName("source_document");
            s.Property(x => x.Section).HasColumnName("source_section");
            s.Property(x => x.Line).HasColumnName("source_line");
            s.Property(x => x.Row).HasColumnName("source_row");
        });
    }
}
