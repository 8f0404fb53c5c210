using EcoGov.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcoGov.Data.Configuration;

/// <summary>The four source columns every record read from a seed document carries (document, section, line, row).</summary>
internal static class SourceColumns
{
    public static void Map<T>(EntityTypeBuilder<T> e) where T : class =>
        e.ComplexProperty<SourceRef>("Source", s =>
        {
            s.Property(x => x.Document).HasColumnName("source_document");
            s.Property(x => x.Section).HasColumnName("source_section");
            s.Property(x => x.Line).HasColumnName("source_line");
            s.Property(x => x.Row).HasColumnName("source_row");
        });
}
