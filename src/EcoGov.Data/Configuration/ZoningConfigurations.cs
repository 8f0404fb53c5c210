using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcoGov.Data.Configuration;

// Zoning-control layers: one row per imported version, its features beside it (deleted with it).

public sealed class ZoningLayerVersionConfiguration : IEntityTypeConfiguration<ZoningLayerVersionEntity>
{
    public void Configure(EntityTypeBuilder<ZoningLayerVersionEntity> e)
    {
        e.ToTable("zoning_layer_versions");
        e.HasIndex(x => new { x.Layer, x.JurisdictionCode, x.Version }).IsUnique();
        e.HasIndex(x => new { x.Layer, x.JurisdictionCode, x.EffectiveFrom });
        e.Property(x => x.Layer).HasMaxLength(40);
        e.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ZoningLayerFeatureConfiguration : IEntityTypeConfiguration<ZoningLayerFeatureEntity>
{
    public void Configure(EntityTypeBuilder<ZoningLayerFeatureEntity> e)
    {
        e.ToTable("zoning_layer_features");
        e.HasIndex(x => new { x.VersionId, x.FeatureId }).IsUnique();
        e.HasIndex(x => new { x.VersionId, x.MinX, x.MaxX, x.MinY, x.MaxY });
        e.HasOne<ZoningLayerVersionEntity>().WithMany().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
