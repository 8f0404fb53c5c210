using EcoGov.Core.Indicators;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Plans;
using EcoGov.Core.Tasks;
using EcoGov.Core.Zoning;

namespace EcoGov.Data.Entities;

// Persistence shapes of the Core records. Core stays free of EF; Mapping.cs converts both ways.

/// <summary>Provenance columns shared by every imported row (EF complex type).</summary>
public sealed class SourceRef
{
    public string Document { get; set; } = "";
    public string Section { get; set; } = "";
    public int Line { get; set; }
    public string? Row { get; set; }
}

public sealed class SourceDocumentEntity
{
    public string Id { get; set; } = "";
    public string FileName { get; set; } = "";
    public string Title { get; set; } = "";
    public string TextSha256 { get; set; } = "";
    /// <summary>SHA-256 of the seed JSON file last imported: an unchanged file is not imported again.</summary>
    public string SeedFileSha256 { get; set; } = "";
    public string SeedFileName { get; set; } = "";
}

public sealed class JurisdictionEntity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ParentCode { get; set; }
    public JurisdictionLevel Level { get; set; }
    public List<string> FormerNames { get; set; } = [];
    /// <summary>Boundary as WKB (EPSG:4326 as published by the source), null when none is held.</summary>
    public byte[]? BoundaryWkb { get; set; }
    public string? BoundarySource { get; set; }
}

public sealed class PlanEntity
{
    public string Id { get; set; } = "";
    public string DocumentId { get; set; } = "";
    public string JurisdictionCode { get; set; } = "";
    public string Title { get; set; } = "";
    public string? DocNumber { get; set; }
    public DateOnly? Issued { get; set; }
    public PlanKind Kind { get; set; }
    public int? PeriodStart { get; set; }
    public int? PeriodEnd { get; set; }
    public int? BaseYear { get; set; }
    public SourceRef Source { get; set; } = new();
}

public sealed class TargetJson
{
    public int? Year { get; set; }
    public TargetKind Kind { get; set; }
    public double? Value { get; set; }
    public string Text { get; set; } = "";
}

public sealed class ObservedJson
{
    public int Year { get; set; }
    public double? Value { get; set; }
    public string Text { get; set; } = "";
    public string? Unit { get; set; }
}

public sealed class IndicatorEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public int Seq { get; set; }
    public string Category { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public bool HasBaseline { get; set; }
    public int? BaselineYear { get; set; }
    public double? BaselineValue { get; set; }
    public string? BaselineText { get; set; }
    public string? BaselineUnit { get; set; }
    public List<TargetJson> Targets { get; set; } = [];
    public List<ObservedJson> Observed { get; set; } = [];
    public IndicatorAttribute? Binding { get; set; }
    public SourceRef Source { get; set; } = new();
    public bool FromProse { get; set; }
}

public sealed class MonthlyAirTargetEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public string Pollutant { get; set; } = "";
    public int Year { get; set; }
    public int? Month { get; set; }
    public double Target { get; set; }
    public int PreviousYear { get; set; }
    public double? PreviousYearValue { get; set; }
    public string Unit { get; set; } = "";
    public SourceRef Source { get; set; } = new();
}

public sealed class WaterSectionTargetEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public int Seq { get; set; }
    public string County { get; set; } = "";
    public string Section { get; set; } = "";
    public TargetJson Target { get; set; } = new();
    public string? Assessment { get; set; }
    public SourceRef Source { get; set; } = new();
}

public sealed class PlanTaskEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public int Seq { get; set; }
    public string Category { get; set; } = "";
    public string Text { get; set; } = "";
    public List<string> LeadUnits { get; set; } = [];
    public List<string> CooperatingUnits { get; set; } = [];
    public string? DeadlineText { get; set; }
    public DeadlineKind? DeadlineKind { get; set; }
    public DateOnly? DeadlineStart { get; set; }
    public DateOnly? DeadlineDue { get; set; }
    public int? DeadlineYear { get; set; }
    public int? DeadlineMonth { get; set; }
    public string? Notes { get; set; }
    public SourceRef Source { get; set; } = new();
    public bool FromProse { get; set; }
}

public sealed class KeyProjectEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public int Seq { get; set; }
    public string Category { get; set; } = "";
    public string? SubCategory { get; set; }
    public string Name { get; set; } = "";
    public string? Content { get; set; }
    public int? PeriodFrom { get; set; }
    public int? PeriodTo { get; set; }
    public string? PeriodText { get; set; }
    public decimal? Investment { get; set; }
    public string? LeadUnit { get; set; }
    public SourceRef Source { get; set; } = new();
    public DateOnly? Due { get; set; }
}

public sealed class UnitStatisticsEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public string JurisdictionCode { get; set; } = "";
    public string JurisdictionName { get; set; } = "";
    public int Priority { get; set; }
    public int Key { get; set; }
    public int General { get; set; }
    public int Total { get; set; }
    public SourceRef Source { get; set; } = new();
}

public sealed class AccessRequirementEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public string JurisdictionCode { get; set; } = "";
    public AccessListLevel Level { get; set; }
    public string Category { get; set; } = "";
    public string? Subcategory { get; set; }
    public int Seq { get; set; }
    public string Text { get; set; } = "";
    public string Basis { get; set; } = "";
    public string? UnitCode { get; set; }
    public SourceRef Source { get; set; } = new();
}

public sealed class StatedTotalEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public string Subject { get; set; } = "";
    public decimal Value { get; set; }
    public string Text { get; set; } = "";
    public SourceRef Source { get; set; } = new();
}

public sealed class SeedFindingEntity
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public FindingKind Kind { get; set; }
    public string Message { get; set; } = "";
    public SourceRef Source { get; set; } = new();
}

/// <summary>平台用户 a user who can sign in to the web app.</summary>
public sealed class UserEntity
{
    public int Id { get; set; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Role { get; set; } = "";
    public bool MustChangePassword { get; set; }

    /// <summary>连续登录失败次数 consecutive failed sign-ins since the last successful one (reset by sign-in or unlock).</summary>
    public int FailedSignIns { get; set; }

    /// <summary>临时锁定截止时间 the end of a temporary lockout (UTC, offset 0), or null when not locked.</summary>
    public DateTimeOffset? LockedUntilUtc { get; set; }

    /// <summary>
    /// 安全戳 a random value carried in the sign-in cookie and compared on every request: changing it (sign-out,
    /// disabling the account) ends every session of the user at once.
    /// </summary>
    public string SecurityStamp { get; set; } = Users.SecurityStamps.New();

    /// <summary>已停用 a disabled account cannot sign in, and its sessions end at the next request.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>所属行政区 the jurisdiction whose plans the user works on (null: the administrator created at first start, who sees everything).</summary>
    public string? JurisdictionCode { get; set; }

    /// <summary>所属部门 the department a reporter reports for (null for other roles).</summary>
    public int? DepartmentId { get; set; }
}
