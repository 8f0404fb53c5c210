using System.Text.RegularExpressions;
using EcoGov.Core.Text;
using EcoGov.Core.Zoning;

namespace EcoGov.Spatial.Zoning.Import;

/// <summary>
/// What a column of a layer file holds, as far as the platform is concerned. The codes are the attribute names the
/// features are stored under (<see cref="UnitFields"/> for the unit fields); a column with no role keeps its own name.
/// </summary>
public static class ColumnRoles
{
    /// <summary>单元编码 (for other layers: the feature's id, e.g. 大气环境管控分区编码).</summary>
    public const string Code = UnitFields.Code;
    /// <summary>单元名称.</summary>
    public const string Name = UnitFields.Name;
    /// <summary>管控单元分类 (优先保护/重点管控/一般管控, or 1/2/3).</summary>
    public const string Class = UnitFields.Class;
    /// <summary>县级行政区划代码.</summary>
    public const string County = UnitFields.County;
    /// <summary>县级行政区名称 (e.g. the provincial platforms' AREA).</summary>
    public const string CountyName = UnitFields.CountyName;
    /// <summary>省 (PROV).</summary>
    public const string Province = "province";
    /// <summary>市 (CITY).</summary>
    public const string City = "city";
    /// <summary>空间布局约束 (KJBJYS).</summary>
    public const string SpatialLayout = "spatialLayout";
    /// <summary>污染物排放管控 (PWWPFGK).</summary>
    public const string PollutantDischarge = "pollutantDischarge";
    /// <summary>环境风险防控 (HJFXFK).</summary>
    public const string RiskPrevention = "riskPrevention";
    /// <summary>资源开发效率要求 (ZYKFXLYQ).</summary>
    public const string ResourceEfficiency = "resourceEfficiency";
    /// <summary>环境要素 (HJYS) of an element layer.</summary>
    public const string Element = "element";
    /// <summary>要素细类 (YSXL) of an element layer.</summary>
    public const string ElementSubclass = "elementSubclass";
    /// <summary>流域 of a water element layer.</summary>
    public const string Basin = "basin";
    /// <summary>河段 (or the control section's reach) of a water element layer.</summary>
    public const string Reach = "reach";

    /// <summary>Every role with its Chinese name, in the order the mapping lists them.</summary>
    public static IReadOnlyList<(string Role, string Label)> All { get; } =
    [
        (Code, "编码"), (Name, "名称"), (Class, "管控单元分类"), (County, "县级行政区划代码"), (CountyName, "县级行政区名称"),
        (Province, "省"), (City, "市"), (SpatialLayout, "空间布局约束"), (PollutantDischarge, "污染物排放管控"),
        (RiskPrevention, "环境风险防控"), (ResourceEfficiency, "资源开发效率要求"), (Element, "环境要素"), (ElementSubclass, "要素细类"),
        (Basin, "流域"), (Reach, "河段"),
    ];

    /// <summary>The Chinese name of a role, or null for an unknown code.</summary>
    public static string? Label(string role) => All.FirstOrDefault(r => r.Role == role).Label;

    /// <summary>The name of a role as a catalogue message (its Chinese is <see cref="Label"/>), or null for an unknown code.</summary>
    public static Message? LabelText(string role) => role switch
    {
        Code => SpatialText.RoleCode(),
        Name => SpatialText.RoleName(),
        Class => SpatialText.RoleClass(),
        County => SpatialText.RoleCounty(),
        CountyName => SpatialText.RoleCountyName(),
        Province => SpatialText.RoleProvince(),
        City => SpatialText.RoleCity(),
        SpatialLayout => SpatialText.RoleSpatialLayout(),
        PollutantDischarge => SpatialText.RolePollutantDischarge(),
        RiskPrevention => SpatialText.RoleRiskPrevention(),
        ResourceEfficiency => SpatialText.RoleResourceEfficiency(),
        Element => SpatialText.RoleElement(),
        ElementSubclass => SpatialText.RoleElementSubclass(),
        Basin => SpatialText.RoleBasin(),
        Reach => SpatialText.RoleReach(),
        _ => null,
    };

    /// <summary>
    /// Column names that say the role (compared lower-cased, spaces and underscores removed): the field codes of the
    /// provincial 三线一单 platforms (abbreviated pinyin, e.g. HJZHGKDYBM = 环境综合管控单元编码, ZHGKDYFL = 管控单元分类,
    /// PROV/CITY/AREA, KJBJYS/PWWPFGK/HJFXFK/ZYKFXLYQ, the element layers' DQHJGKFQBM/SHJGKFQBM/STHJYSGKFQBM, HJYS, YSXL),
    /// other agencies' codes, Chinese and English names. The first role whose list holds the name wins.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Names = new Dictionary<string, string[]>
    {
        [Code] = ["code", "单元编码", "管控单元编码", "环境管控单元编码", "环境综合管控单元编码", "编码", "单元代码", "管控单元代码",
            "hjzhgkdybm", "hjgkdybm", "zhgkdybm", "gkdybm", "zhdybm", "dybm", "unitcode",
            "dqhjgkfqbm", "shjgkfqbm", "sthjysgkfqbm", "分区编码", "管控分区编码", "大气环境管控分区编码", "水环境管控分区编码", "生态环境管控分区编码"],
        [Name] = ["name", "单元名称", "管控单元名称", "环境管控单元名称", "环境综合管控单元名称", "名称",
            "hjzhgkdymc", "hjgkdymc", "zhgkdymc", "gkdymc", "zhdymc", "dymc", "unitname",
            "dqhjgkfqmc", "shjgkfqmc", "sthjysgkfqmc", "分区名称", "管控分区名称"],
        [Class] = ["class", "管控类别", "单元类别", "管控单元类别", "类别", "单元分类", "管控单元分类", "管控类型", "单元类型",
            "zhgkdyfl", "gkdyfl", "gkdylx", "gklb", "dylb", "category"],
        [County] = ["county", "countycode", "行政区划代码", "县区代码", "区县代码", "县级行政区划代码", "行政区代码", "xzqdm", "xzqhdm", "adcode", "areacode", "qxdm"],
        [CountyName] = ["countyname", "县区名称", "区县名称", "行政区名称", "行政区划名称", "县级行政区名称", "县区", "区县", "县", "xzqmc", "area", "qxmc"],
        [Province] = ["prov", "province", "省", "省份", "省名称", "sheng"],
        [City] = ["city", "市", "地市", "所在地市", "市名称", "shi"],
        [SpatialLayout] = ["kjbjys", "空间布局约束", "spatiallayout"],
        [PollutantDischarge] = ["pwwpfgk", "污染物排放管控", "pollutantdischarge"],
        [RiskPrevention] = ["hjfxfk", "环境风险防控", "riskprevention"],
        [ResourceEfficiency] = ["zykfxlyq", "资源开发效率要求", "资源利用效率要求", "zylyxlyq", "resourceefficiency"],
        [Element] = ["hjys", "环境要素", "element"],
        [ElementSubclass] = ["ysxl", "要素细类", "elementsubclass"],
        [Basin] = ["ly", "lymc", "流域", "流域名称", "所属流域", "basin"],
        [Reach] = ["hd", "hdmc", "河段", "河段名称", "所在河段", "reach"],
    };

    internal static string Key(string column) => column.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}

/// <summary>How a column's role was decided.</summary>
public enum ColumnRoleBasis
{
    /// <summary>The column's name says it (<see cref="ColumnRoles.Names"/>).</summary>
    Name,
    /// <summary>Every value of the column has the shape of the role (unit codes, class names or digits, county codes or names).</summary>
    Content,
    /// <summary>The user said it (`--field role=COLUMN`, or the preview page).</summary>
    Override,
    /// <summary>No role: the column is kept as an attribute under its own name.</summary>
    None,
}

/// <summary>One column of the file: its role (null: kept as an attribute), why, and its first distinct values.</summary>
public sealed record ColumnAssignment(string Column, string? Role, ColumnRoleBasis Basis, string Reason, IReadOnlyList<string> Samples);

/// <summary>Where a unit's county code comes from.</summary>
public enum CountySource
{
    /// <summary>A county-code column.</summary>
    Column,
    /// <summary>A county-name column matched against the jurisdiction tree.</summary>
    CountyName,
    /// <summary>Digits 3–8 of the unit code (ZH + county + class digit + sequence).</summary>
    UnitCode,
    /// <summary>Nowhere: a unit layer is then rejected (missing county).</summary>
    None,
}

/// <summary>The display names of <see cref="ColumnRoleBasis"/> and <see cref="CountySource"/>, for the CLI and the import page.</summary>
public static class ColumnMappingText
{
    /// <summary>列名, 取值, 人工指定, —.</summary>
    public static string Basis(ColumnRoleBasis basis) => basis switch
    {
        ColumnRoleBasis.Name => "列名",
        ColumnRoleBasis.Content => "取值",
        ColumnRoleBasis.Override => "人工指定",
        _ => "—",
    };

    /// <summary>Where the units' county comes from, in Chinese.</summary>
    public static string County(CountySource source) => source switch
    {
        CountySource.Column => "县区代码列",
        CountySource.CountyName => "县区名称列（对照本行政区的县区）",
        CountySource.UnitCode => "单元编码第 3–8 位",
        _ => "无（环境管控单元图层将被拒收）",
    };
}

/// <summary>The role of every column of a layer file, and where the county comes from.</summary>
public sealed record LayerColumnMapping(IReadOnlyList<ColumnAssignment> Columns, CountySource County)
{
    /// <summary>The column holding the role, or null.</summary>
    public string? ColumnFor(string role) => Columns.FirstOrDefault(c => c.Role == role)?.Column;

    /// <summary>The user's choices in the form `--field` takes them (role → column), for storing and replaying.</summary>
    public IReadOnlyDictionary<string, string> Roles => Columns.Where(c => c.Role is not null).ToDictionary(c => c.Role!, c => c.Column, StringComparer.Ordinal);
}

/// <summary>The county-level divisions of the jurisdiction imported (code → name), for matching county names.</summary>
/// <param name="Counties">County code → name, e.g. 140502 → 城区.</param>
/// <param name="ParentNames">Names a county name may be prefixed with (the city's, the province's: 晋城市城区, 山西省晋城市城区).</param>
public sealed record CountyDirectory(IReadOnlyDictionary<string, string> Counties, IReadOnlyList<string> ParentNames)
{
    /// <summary>The code of the county named <paramref name="text"/> (exactly, or prefixed by a parent's name), or null.</summary>
    public string? CodeOf(string text)
    {
        var t = text.Trim();
        foreach (var (code, name) in Counties)
            if (t == name || ParentNames.Any(p => t == p + name) || (ParentNames.Count > 1 && t == string.Concat(ParentNames) + name))
                return code;
        return null;
    }
}

/// <summary>
/// A `--field` override that cannot be applied: unknown role or column, or two roles on one column. <see cref="Text"/>
/// says which (from <see cref="SpatialText"/>); <see cref="Exception.Message"/> is its bilingual line.
/// </summary>
public sealed class LayerMappingException(string field, Message text) : Exception(text.Bilingual)
{
    /// <summary>What cannot be applied, in the catalogue's terms.</summary>
    public Message Text { get; } = text;

    /// <summary>"field" (the option), for the typed error.</summary>
    public string Field { get; } = field;
}

/// <summary>
/// Detects the role of each column of a layer file (issue 11 item 1): by name first (<see cref="ColumnRoles.Names"/>),
/// then, for columns whose names do not tell, by content — a column whose values all match the unit-code pattern is the
/// code; all among 优先保护/重点管控/一般管控 (with or without 单元) or 1/2/3 is the class; all county codes of the
/// jurisdiction is the county; all county names of the jurisdiction is the county name. The user's overrides win over
/// both. The county of a unit then comes from the county column, else the county name matched against the jurisdiction
/// tree, else the unit code (zoning reference §5). Columns without a role are kept as attributes under their own names.
/// </summary>
public static partial class LayerColumnDetector
{
    /// <summary>Distinct sample values shown per column.</summary>
    public const int SampleCount = 3;

    /// <summary>
    /// The mapping for <paramref name="raw"/>. <paramref name="overrides"/> maps a role code to a column name (compared
    /// case-insensitively); an empty column name removes the role. Throws <see cref="LayerMappingException"/> for an
    /// unknown role or column or a column given two roles.
    /// </summary>
    public static LayerColumnMapping Detect(RawLayer raw, CountyDirectory? counties = null, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var columns = raw.Features.SelectMany(f => f.Attributes.Keys).Distinct(StringComparer.Ordinal).ToList();
        var values = columns.ToDictionary(c => c, c => raw.Features.Select(f => f.Attributes.GetValueOrDefault(c)?.Trim())
            .Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList(), StringComparer.Ordinal);
        var roleOf = new Dictionary<string, (string? Role, ColumnRoleBasis Basis, string Reason)>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);

        // 1. the user's choices
        foreach (var (role, column) in overrides ?? new Dictionary<string, string>())
        {
            if (ColumnRoles.Label(role) is null)
                throw new LayerMappingException("field", SpatialText.UnknownRole(role, string.Join(", ", ColumnRoles.All.Select(r => r.Role))));
            if (!taken.Add(role)) throw new LayerMappingException("field", SpatialText.RoleGivenTwice(role));
            if (string.IsNullOrWhiteSpace(column)) continue; // role removed: not detected either
            var actual = columns.FirstOrDefault(c => string.Equals(c, column.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new LayerMappingException("field", SpatialText.NoSuchColumn(column, role, string.Join(", ", columns)));
            if (roleOf.TryGetValue(actual, out var other))
                throw new LayerMappingException("field", SpatialText.ColumnGivenTwoRoles(actual, other.Role, role));
            roleOf[actual] = (role, ColumnRoleBasis.Override, SpatialText.ColumnSetByUser().Bilingual);
        }

        // 2. names (a column named like the county name whose values are all numbers — "Area" in m² — is not one)
        foreach (var column in columns)
        {
            if (roleOf.ContainsKey(column)) continue;
            var key = ColumnRoles.Key(column);
            foreach (var (role, names) in ColumnRoles.Names)
                if (!taken.Contains(role) && names.Contains(key)
                    && !(role == ColumnRoles.CountyName && values[column].Count > 0 && values[column].All(IsNumber)))
                {
                    roleOf[column] = (role, ColumnRoleBasis.Name, SpatialText.ColumnNameSaysIt(column, ColumnRoles.LabelText(role)!).Bilingual);
                    taken.Add(role);
                    break;
                }
        }

        // 3. content, for the roles still open, in the order code, class (names before digits), county, county name
        string? ByContent(string role, Func<List<string>, bool> test) =>
            taken.Contains(role) ? null : columns.FirstOrDefault(c => !roleOf.ContainsKey(c) && values[c].Count > 0 && test(values[c]));
        void Assign(string? column, string role, string reason)
        {
            if (column is null) return;
            roleOf[column] = (role, ColumnRoleBasis.Content, reason);
            taken.Add(role);
        }
        Assign(ByContent(ColumnRoles.Code, v => v.All(x => UnitCode().IsMatch(x))), ColumnRoles.Code,
            SpatialText.ColumnValuesAreUnitCodes().Bilingual);
        Assign(ByContent(ColumnRoles.Class, v => v.All(x => ClassName(x) is not null)), ColumnRoles.Class,
            SpatialText.ColumnValuesAreClassNames().Bilingual);
        Assign(ByContent(ColumnRoles.Class, v => v.All(x => x is "1" or "2" or "3")), ColumnRoles.Class,
            SpatialText.ColumnValuesAreClassDigits().Bilingual);
        if (counties is not null)
        {
            Assign(ByContent(ColumnRoles.County, v => v.All(counties.Counties.ContainsKey)), ColumnRoles.County,
                SpatialText.ColumnValuesAreCountyCodes().Bilingual);
            Assign(ByContent(ColumnRoles.CountyName, v => v.All(x => counties.CodeOf(x) is not null)), ColumnRoles.CountyName,
                SpatialText.ColumnValuesAreCountyNames().Bilingual);
        }

        var assignments = columns.Select(c =>
        {
            var samples = values[c].Distinct(StringComparer.Ordinal).Take(SampleCount).Select(Shorten).ToList();
            return roleOf.TryGetValue(c, out var r)
                ? new ColumnAssignment(c, r.Role, r.Basis, r.Reason, samples)
                : new ColumnAssignment(c, null, ColumnRoleBasis.None, SpatialText.ColumnKeptAsAttribute().Bilingual, samples);
        }).ToList();
        var mapping = new LayerColumnMapping(assignments, CountySource.None);
        var source = mapping.ColumnFor(ColumnRoles.County) is not null ? CountySource.Column
            : mapping.ColumnFor(ColumnRoles.CountyName) is not null && counties is not null ? CountySource.CountyName
            : mapping.ColumnFor(ColumnRoles.Code) is not null ? CountySource.UnitCode
            : CountySource.None;
        return mapping with { County = source };
    }

    /// <summary>
    /// A feature's attributes under the mapping: each role's value under the role code (the class normalised to
    /// 优先保护单元/重点管控单元/一般管控单元), the other columns under their own names; the county filled from the county
    /// name or the unit code when the mapping says so and it can be derived.
    /// </summary>
    public static Dictionary<string, string?> Apply(LayerColumnMapping mapping, IReadOnlyDictionary<string, string?> source, CountyDirectory? counties)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var c in mapping.Columns)
            if (c.Role is not null && source.TryGetValue(c.Column, out var v)) result[c.Role] = string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        foreach (var (k, v) in source)
            if (!result.ContainsKey(k) && mapping.Columns.FirstOrDefault(c => c.Column == k)?.Role is null) result[k] = v;
        if (result.GetValueOrDefault(ColumnRoles.Class) is { } cls) result[ColumnRoles.Class] = NormalizeClass(cls);
        if (string.IsNullOrWhiteSpace(result.GetValueOrDefault(ColumnRoles.County)))
        {
            var derived = mapping.County switch
            {
                CountySource.CountyName when result.GetValueOrDefault(ColumnRoles.CountyName) is { } n => counties?.CodeOf(n),
                CountySource.UnitCode when result.GetValueOrDefault(ColumnRoles.Code) is { } code && UnitCode().Match(code) is { Success: true } m => m.Groups[1].Value,
                _ => null,
            };
            if (derived is not null) result[ColumnRoles.County] = derived;
        }
        return result;
    }

    /// <summary>"1"/"优先保护"/"优先保护单元"/"优先保护区" → "优先保护单元", etc.; other text is returned trimmed.</summary>
    public static string NormalizeClass(string text)
    {
        var t = text.Trim();
        return t switch
        {
            "1" => ControlUnitClasses.Names[0],
            "2" => ControlUnitClasses.Names[1],
            "3" => ControlUnitClasses.Names[2],
            _ => ClassName(t) ?? t,
        };
    }

    private static string? ClassName(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("优先保护", StringComparison.Ordinal)) return ControlUnitClasses.Names[0];
        if (t.StartsWith("重点管控", StringComparison.Ordinal)) return ControlUnitClasses.Names[1];
        if (t.StartsWith("一般管控", StringComparison.Ordinal)) return ControlUnitClasses.Names[2];
        return null;
    }

    private static bool IsNumber(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static string Shorten(string value) =>
        value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");

    /// <summary>ZH + county (group 1) + class digit (group 2) + 4-digit sequence (group 3).</summary>
    [GeneratedRegex("^ZH([0-9]{6})([123])([0-9]{4})$")]
    internal static partial Regex UnitCode();
}
