using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcoGov.Data.Entities;

/// <summary>
/// 指标实际值 an indicator's actual value for a year as a person entered it, with its source (issue 10 item 2): used by
/// the indicator evaluation where the engines compute no figure. One row per plan, indicator and year; entering again
/// replaces the value, and every entry is in the audit trail (old → new).
/// </summary>
public sealed class IndicatorActualEntity
{
    public int Id { get; set; }
    public string PlanId { get; set; } = "";
    /// <summary>The indicator's 序号 in its plan.</summary>
    public int IndicatorSeq { get; set; }
    public int Year { get; set; }
    /// <summary>The value when it is a number (in the indicator's unit).</summary>
    public double? Value { get; set; }
    /// <summary>The value as entered (a number's text, or a statement such as 已完成).</summary>
    public string Text { get; set; } = "";
    /// <summary>Where the figure comes from (e.g. 2023 年晋城市统计公报).</summary>
    public string Source { get; set; } = "";
    public string EnteredBy { get; set; } = "";
    public DateTimeOffset EnteredAtUtc { get; set; }
}

/// <summary>The table of <see cref="IndicatorActualEntity"/>: indicator_actuals, unique by plan, indicator and year. No foreign key to
/// plans: a seed document's plans are replaced on re-import (as progress reports, entries outlive it by id).</summary>
public sealed class IndicatorActualConfiguration : IEntityTypeConfiguration<IndicatorActualEntity>
{
    /// <summary>Longest value text and source text accepted.</summary>
    public const int TextChars = 200, SourceChars = 200;

    public void Configure(EntityTypeBuilder<IndicatorActualEntity> e)
    {
        e.ToTable("indicator_actuals");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.PlanId, x.IndicatorSeq, x.Year }).IsUnique();
        e.Property(x => x.Text).HasMaxLength(TextChars);
        e.Property(x => x.Source).HasMaxLength(SourceChars);
        e.Property(x => x.EnteredBy).HasMaxLength(100);
    }
}
