using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcoGov.Data.Configuration;

// The records read from the seed documents: documents, jurisdictions, plans and what a plan states. Replaced with their
// seed document on re-import; each carries its source (SourceColumns).

public sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocumentEntity>
{
    public void Configure(EntityTypeBuilder<SourceDocumentEntity> e)
    {
        e.ToTable("source_documents");
        e.HasKey(x => x.Id);
    }
}

public sealed class JurisdictionConfiguration : IEntityTypeConfiguration<JurisdictionEntity>
{
    public void Configure(EntityTypeBuilder<JurisdictionEntity> e)
    {
        e.ToTable("jurisdictions");
        e.HasKey(x => x.Code);
        e.HasIndex(x => x.ParentCode);
    }
}

public sealed class PlanConfiguration : IEntityTypeConfiguration<PlanEntity>
{
    public void Configure(EntityTypeBuilder<PlanEntity> e)
    {
        e.ToTable("plans");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.JurisdictionCode);
        SourceColumns.Map(e);
    }
}

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<IndicatorEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorEntity> e)
    {
        e.ToTable("indicators");
        e.HasIndex(x => new { x.PlanId, x.Seq }).IsUnique();
        e.OwnsMany(x => x.Targets, t => t.ToJson());
        e.OwnsMany(x => x.Observed, t => t.ToJson());
        SourceColumns.Map(e);
    }
}

public sealed class MonthlyAirTargetConfiguration : IEntityTypeConfiguration<MonthlyAirTargetEntity>
{
    public void Configure(EntityTypeBuilder<MonthlyAirTargetEntity> e)
    {
        e.ToTable("air_targets");
        e.HasIndex(x => new { x.PlanId, x.Pollutant, x.Year, x.Month }).IsUnique();
        SourceColumns.Map(e);
    }
}

public sealed class WaterSectionTargetConfiguration : IEntityTypeConfiguration<WaterSectionTargetEntity>
{
    public void Configure(EntityTypeBuilder<WaterSectionTargetEntity> e)
    {
        e.ToTable("section_targets");
        e.HasIndex(x => new { x.PlanId, x.Seq }).IsUnique();
        e.OwnsOne(x => x.Target, t => t.ToJson());
        SourceColumns.Map(e);
    }
}

public sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTaskEntity>
{
    public void Configure(EntityTypeBuilder<PlanTaskEntity> e)
    {
        e.ToTable("tasks");
        e.HasIndex(x => new { x.PlanId, x.Seq }).IsUnique();
        SourceColumns.Map(e);
    }
}

public sealed class KeyProjectConfiguration : IEntityTypeConfiguration<KeyProjectEntity>
{
    public void Configure(EntityTypeBuilder<KeyProjectEntity> e)
    {
        e.ToTable("projects");
        e.HasIndex(x => new { x.PlanId, x.Seq }).IsUnique();
        e.Property(x => x.Investment).HasPrecision(18, 6);
        SourceColumns.Map(e);
    }
}

public sealed class UnitStatisticsConfiguration : IEntityTypeConfiguration<UnitStatisticsEntity>
{
    public void Configure(EntityTypeBuilder<UnitStatisticsEntity> e)
    {
        e.ToTable("unit_statistics");
        e.HasIndex(x => new { x.PlanId, x.JurisdictionCode }).IsUnique();
        SourceColumns.Map(e);
    }
}

public sealed class AccessRequirementConfiguration : IEntityTypeConfiguration<AccessRequirementEntity>
{
    public void Configure(EntityTypeBuilder<AccessRequirementEntity> e)
    {
        e.ToTable("access_requirements");
        e.HasIndex(x => new { x.JurisdictionCode, x.Level });
        SourceColumns.Map(e);
    }
}

public sealed class StatedTotalConfiguration : IEntityTypeConfiguration<StatedTotalEntity>
{
    public void Configure(EntityTypeBuilder<StatedTotalEntity> e)
    {
        e.ToTable("stated_totals");
        e.Property(x => x.Value).HasPrecision(18, 6);
        SourceColumns.Map(e);
    }
}

public sealed class SeedFindingConfiguration : IEntityTypeConfiguration<SeedFindingEntity>
{
    public void Configure(EntityTypeBuilder<SeedFindingEntity> e)
    {
        e.ToTable("seed_findings");
        e.HasIndex(x => x.DocumentId);
        SourceColumns.Map(e);
    }
}

// Supervision seeds (issue 9 item 1): rules, recurring duties and unit additions read from the seed documents.

public sealed class SupervisionRuleConfiguration : IEntityTypeConfiguration<SupervisionRuleEntity>
{
    public void Configure(EntityTypeBuilder<SupervisionRuleEntity> e)
    {
        e.ToTable("supervision_rules");
        e.HasIndex(x => x.PlanId);
        e.HasIndex(x => x.DocumentId);
        e.OwnsMany(x => x.Triggers, t => t.ToJson());
        SourceColumns.Map(e);
    }
}

public sealed class TaskDutyConfiguration : IEntityTypeConfiguration<TaskDutyEntity>
{
    public void Configure(EntityTypeBuilder<TaskDutyEntity> e)
    {
        e.ToTable("task_duties");
        e.HasIndex(x => new { x.PlanId, x.TaskSeq });
        e.HasIndex(x => x.DocumentId);
        SourceColumns.Map(e);
    }
}

public sealed class TaskUnitAdditionConfiguration : IEntityTypeConfiguration<TaskUnitAdditionEntity>
{
    public void Configure(EntityTypeBuilder<TaskUnitAdditionEntity> e)
    {
        e.ToTable("task_unit_additions");
        e.HasIndex(x => new { x.PlanId, x.TaskSeq, x.Unit }).IsUnique();
        e.HasIndex(x => x.DocumentId);
        SourceColumns.Map(e);
    }
}
