using EcoGov.Core.Supervision;
using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcoGov.Data.Configuration;

// Users and what people write: departments, progress reports and their evidence, settings, warning letters, the audit log.

public sealed class UserConfiguration : IEntityTypeConfiguration<UserEntity>
{
    public void Configure(EntityTypeBuilder<UserEntity> e)
    {
        e.ToTable("users");
        e.HasIndex(x => x.UserName).IsUnique();
        e.Property(x => x.SecurityStamp).HasMaxLength(64);
        e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<DepartmentEntity>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<DepartmentEntity>
{
    public void Configure(EntityTypeBuilder<DepartmentEntity> e)
    {
        e.ToTable("departments");
        e.HasIndex(x => new { x.JurisdictionCode, x.Name }).IsUnique();
        e.Property(x => x.Name).HasMaxLength(100);
        e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReportEntity>
{
    public void Configure(EntityTypeBuilder<ProgressReportEntity> e)
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
    }
}

public sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFileEntity>
{
    public void Configure(EntityTypeBuilder<EvidenceFileEntity> e)
    {
        e.ToTable("evidence_files");
        e.HasIndex(x => x.ReportId);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.FileName).HasMaxLength(ProgressReportLimits.FileNameChars);
        e.HasOne<ProgressReportEntity>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PlanSettingsConfiguration : IEntityTypeConfiguration<PlanSettingsEntity>
{
    public void Configure(EntityTypeBuilder<PlanSettingsEntity> e)
    {
        e.ToTable("plan_settings");
        e.HasKey(x => x.PlanId);
    }
}

public sealed class JurisdictionSettingsConfiguration : IEntityTypeConfiguration<JurisdictionSettingsEntity>
{
    public void Configure(EntityTypeBuilder<JurisdictionSettingsEntity> e)
    {
        e.ToTable("jurisdiction_settings");
        e.HasKey(x => x.JurisdictionCode);
        e.Property(x => x.HeatingSeasonStart).HasMaxLength(5);
        e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WarningLetterConfiguration : IEntityTypeConfiguration<WarningLetterEntity>
{
    public void Configure(EntityTypeBuilder<WarningLetterEntity> e)
    {
        e.ToTable("warning_letters");
        // One number per issuing jurisdiction and year; one letter per plan, unit and period.
        e.HasIndex(x => new { x.IssuingJurisdictionCode, x.Year, x.Sequence }).IsUnique();
        e.HasIndex(x => new { x.PlanId, x.Unit, x.Period }).IsUnique();
        e.HasIndex(x => x.DepartmentId);
        e.Property(x => x.Number).HasMaxLength(80);
        e.Property(x => x.Unit).HasMaxLength(100);
        e.Property(x => x.Period).HasMaxLength(7);
        e.Property(x => x.Reply).HasMaxLength(WarningLetters.ReplyChars);
        e.Property(x => x.Comment).HasMaxLength(WarningLetters.CommentChars);
        e.HasOne<DepartmentEntity>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<UserEntity>().WithMany().HasForeignKey(x => x.IssuedById).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<UserEntity>().WithMany().HasForeignKey(x => x.RepliedById).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<UserEntity>().WithMany().HasForeignKey(x => x.ClosedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> e)
    {
        e.ToTable("audit_entries");
        e.HasIndex(x => new { x.ObjectType, x.ObjectId });
        e.HasIndex(x => x.AtUtc);
    }
}
