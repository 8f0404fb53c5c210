using System.Text.Json.Serialization;
using EcoGov.Core.Text;

namespace EcoGov.Core.Zoning;

/// <summary>What an import did; in JSON "created", "unchanged" or "rejected".</summary>
public enum LayerImportStatus
{
    /// <summary>A new version was stored.</summary>
    [JsonStringEnumMemberName("created")] Created,
    /// <summary>The same file with the same effective date was imported before; nothing new stored.</summary>
    [JsonStringEnumMemberName("unchanged")] Unchanged,
    /// <summary>The validation found errors; nothing stored.</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,
    /// <summary>A dry run (`--dry-run`, the preview page) found no error; nothing stored.</summary>
    [JsonStringEnumMemberName("checked")] Checked,
}

/// <summary>The import statuses' JSON codes and display names, in one place.</summary>
public static class LayerImportStatuses
{
    /// <summary>"created", "unchanged", "rejected" (as in JSON and the import page's data-status).</summary>
    public static string Code(LayerImportStatus status) => JsonNames.Of(status);

    /// <summary>已导入, 未变, 已拒收.</summary>
    public static string Label(LayerImportStatus status) => status switch
    {
        LayerImportStatus.Created => "已导入",
        LayerImportStatus.Unchanged => "未变",
        LayerImportStatus.Rejected => "已拒收",
        LayerImportStatus.Checked => "校验通过（未导入）",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}

/// <summary>Error: the import is rejected (nothing stored). Warning: stored with the version and shown to the user.</summary>
public enum LayerProblemSeverity { Error, Warning }
