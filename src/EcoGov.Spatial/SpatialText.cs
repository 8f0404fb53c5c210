using System.Resources;
using EcoGov.Core.Text;

namespace EcoGov.Spatial;

/// <summary>
/// The spatial engine's message catalogue, typed: one member per entry of <c>Resources/SpatialText.resx</c> (Chinese,
/// the neutral resource) and <c>SpatialText.en.resx</c>, named by its key and taking the values of its numbered
/// placeholders in order. Layer file reading and validation, the coordinate systems and the siting assessor return or
/// throw a <see cref="Message"/> made here, never prose; a host renders it (<see cref="Message.Format"/>,
/// <see cref="Message.Bilingual"/>). To add a message: a member here and the entry in both files (same placeholders, no
/// Chinese in English; a <c>KEY.Bilingual</c> entry in the neutral file where the one line is not the two joined).
/// </summary>
public static class SpatialText
{
    /// <summary>The catalogue's resources.</summary>
    public static readonly ResourceManager Catalogue = new("EcoGov.Spatial.Resources.SpatialText", typeof(SpatialText).Assembly);

    private static Message M(string key, params object?[] arguments) => new(Catalogue, key, arguments);

    /// <summary>至少 1 个顶点</summary>
    public static Message AtLeastOneVertex() => M(nameof(AtLeastOneVertex));

    /// <summary>行政区划代码“{0}”不是6位代码</summary>
    public static Message BadCounty(string county) => M(nameof(BadCounty), county);

    /// <summary>{0}: 应有一个名为“{1}”的要素，实际 {2} 个</summary>
    public static Message BoundaryFeatureCount(string file, string feature, int count) => M(nameof(BoundaryFeatureCount), file, feature, count);

    /// <summary>{0}: {1} 的编号为 {2}，应为 {3}</summary>
    public static Message BoundaryFeatureId(string file, string feature, object? id, object? expected) => M(nameof(BoundaryFeatureId), file, feature, id, expected);

    /// <summary>边界文件不存在：{0}</summary>
    public static Message BoundaryFileNotFound(string path) => M(nameof(BoundaryFileNotFound), path);

    /// <summary>边界文件名必须是 boundaries 目录中的文件名：{0}</summary>
    public static Message BoundaryFileNotPlain(string file) => M(nameof(BoundaryFileNotPlain), file);

    /// <summary>{0}: 没有任何要素</summary>
    public static Message BoundaryMapEmpty(string file) => M(nameof(BoundaryMapEmpty), file);

    /// <summary>{0} 字节</summary>
    public static Message Bytes(long bytes) => M(nameof(Bytes), bytes);

    /// <summary>单元编码“{0}”的类别位 {1} 与管控类别“{2}”（{3}）不符</summary>
    public static Message CodeClassMismatch(string code, string digit, string value, int classDigit) => M(nameof(CodeClassMismatch), code, digit, value, classDigit);

    /// <summary>单元编码“{0}”的行政区划代码 {1} 与所属县区 {2} 不符</summary>
    public static Message CodeCountyMismatch(string code, string digit, string county) => M(nameof(CodeCountyMismatch), code, digit, county);

    /// <summary>单元编码“{0}”不符合 ZH+6位行政区划代码+类别位+4位序号</summary>
    public static Message CodeFormat(string code) => M(nameof(CodeFormat), code);

    /// <summary>列“{0}”同时指定为 {1} 和 {2}</summary>
    public static Message ColumnGivenTwoRoles(string column, string? other, string role) => M(nameof(ColumnGivenTwoRoles), column, other, role);

    /// <summary>保留为属性</summary>
    public static Message ColumnKeptAsAttribute() => M(nameof(ColumnKeptAsAttribute));

    /// <summary>列名“{0}”即{1}</summary>
    public static Message ColumnNameSaysIt(string column, Message label) => M(nameof(ColumnNameSaysIt), column, label);

    /// <summary>用户指定</summary>
    public static Message ColumnSetByUser() => M(nameof(ColumnSetByUser));

    /// <summary>取值均为 1/2/3（优先保护/重点管控/一般管控）</summary>
    public static Message ColumnValuesAreClassDigits() => M(nameof(ColumnValuesAreClassDigits));

    /// <summary>取值均为优先保护/重点管控/一般管控</summary>
    public static Message ColumnValuesAreClassNames() => M(nameof(ColumnValuesAreClassNames));

    /// <summary>取值均为本行政区的县级行政区划代码</summary>
    public static Message ColumnValuesAreCountyCodes() => M(nameof(ColumnValuesAreCountyCodes));

    /// <summary>取值均为本行政区的县级行政区名称</summary>
    public static Message ColumnValuesAreCountyNames() => M(nameof(ColumnValuesAreCountyNames));

    /// <summary>取值均符合单元编码（ZH+6位行政区划代码+类别位+4位序号）</summary>
    public static Message ColumnValuesAreUnitCodes() => M(nameof(ColumnValuesAreUnitCodes));

    /// <summary>{0}: 条目“{1}”压缩比超过 {2}:1，疑似压缩炸弹</summary>
    public static Message CompressionRatio(string fileName, string entry, double ratio) => M(nameof(CompressionRatio), fileName, entry, ratio);

    /// <summary>符合：未发现违反或需满足条件的结构化规则。另有 {0} 项文字要求需人工逐条判断。</summary>
    public static Message ConclusionCompliant(int manual) => M(nameof(ConclusionCompliant), manual);

    /// <summary>有条件符合：{0} 项需满足条件（{1}）。另有 {2} 项文字要求需人工逐条判断。</summary>
    public static Message ConclusionConditional(int count, string rules, int manual) => M(nameof(ConclusionConditional), count, rules, manual);

    /// <summary>有条件符合：无适用的准入清单或结构化规则目录，需人工判断。另有 {0} 项文字要求需人工逐条判断。</summary>
    public static Message ConclusionNoRules(int manual) => M(nameof(ConclusionNoRules), manual);

    /// <summary>不符合：违反 {0} 项结构化规则（{1}）。另有 {2} 项文字要求需人工逐条判断。</summary>
    public static Message ConclusionNonCompliant(int count, string rules, int manual) => M(nameof(ConclusionNonCompliant), count, rules, manual);

    /// <summary>第 {0} 个坐标“{1}”不是有限数值（NaN 或无穷大），坐标须为有限数值</summary>
    public static Message CoordinateTextNotFinite(int index, string item) => M(nameof(CoordinateTextNotFinite), index, item);

    /// <summary>第 {0} 个坐标“{1}”无法识别，应为“经度,纬度”或“X,Y”</summary>
    public static Message CoordinateUnrecognised(int index, string item) => M(nameof(CoordinateUnrecognised), index, item);

    /// <summary>行政区划代码 {0} 不属于导入的行政区</summary>
    public static Message CountyOutsideJurisdiction(string county) => M(nameof(CountyOutsideJurisdiction), county);

    /// <summary>{0}: .cpg 中的编码“{1}”无法识别</summary>
    public static Message CpgUnknown(string fileName, string cpg) => M(nameof(CpgUnknown), fileName, cpg);

    /// <summary>{0}: --crs EPSG:{1} 与文件的 crs 成员（EPSG:{2}）不一致</summary>
    public static Message CrsDisagreesWithMember(string fileName, int given, int named) => M(nameof(CrsDisagreesWithMember), fileName, given, named);

    /// <summary>{0}: --crs EPSG:{1} 与 .prj（EPSG:{2}）不一致</summary>
    public static Message CrsDisagreesWithPrj(string fileName, int given, int recognised) => M(nameof(CrsDisagreesWithPrj), fileName, given, recognised);

    /// <summary>{0}: crs 成员“{1}”：{2}</summary>
    public static Message CrsMemberUnsupported(string fileName, string? name, Message error) => M(nameof(CrsMemberUnsupported), fileName, name, Message.Embed(error));

    /// <summary>{0}: crs 成员的 name 须为字符串</summary>
    public static Message CrsNameNotString(string fileName) => M(nameof(CrsNameNotString), fileName);

    /// <summary>{0}: crs 成员的 properties 须为对象</summary>
    public static Message CrsPropertiesNotObject(string fileName) => M(nameof(CrsPropertiesNotObject), fileName);

    /// <summary>{0}: {1} 个字段宽度之和 {2} + 1 与记录长度 {3} 不符</summary>
    public static Message DbfFieldWidths(string where, int fields, int widths, int recordBytes) => M(nameof(DbfFieldWidths), where, fields, widths, recordBytes);

    /// <summary>{0}: 文件头声明 {1} 条记录 × {2} 字节 + 文件头 {3} 字节 = {4} 字节，实际 {5} 字节</summary>
    public static Message DbfLength(string where, long records, int recordBytes, int headerBytes, long expected, long length) => M(nameof(DbfLength), where, records, recordBytes, headerBytes, expected, length);

    /// <summary>{0}: {1}.dbf 有 {2} 条记录，{1}.shx 索引 {3} 条，应一一对应</summary>
    public static Message DbfShxRecords(string fileName, string stem, int dbf, int shx) => M(nameof(DbfShxRecords), fileName, stem, dbf, shx);

    /// <summary>{0}: 文件头长度 {1}、记录长度 {2} 不合 dBASE III 格式</summary>
    public static Message DbfSizes(string where, int headerBytes, int recordBytes) => M(nameof(DbfSizes), where, headerBytes, recordBytes);

    /// <summary>{0}: {1} 字节，不足 .dbf 文件头的 32 字节</summary>
    public static Message DbfTooShort(string where, long length) => M(nameof(DbfTooShort), where, length);

    /// <summary>{0}: 版本字节 0x{1:x2}，不是 dBASE III 表（应为 0x03）</summary>
    public static Message DbfVersion(string where, int version) => M(nameof(DbfVersion), where, version);

    /// <summary>坐标 ({0}, {1}) 看起来是经纬度，却指定了投影坐标系 {2}</summary>
    public static Message DegreesForProjected(double x, double y, object crs) => M(nameof(DegreesForProjected), x, y, crs);

    /// <summary>jurisdictions.json: 没有 {0}</summary>
    public static Message DemoCityNotFound(string code) => M(nameof(DemoCityNotFound), code);

    /// <summary>示意基本农田“{0}”不完全在 {1} 内或与示意市区重叠</summary>
    public static Message DemoFarmlandOutside(string name, string county) => M(nameof(DemoFarmlandOutside), name, county);

    /// <summary>{0}: {1} 的单元统计不自洽</summary>
    public static Message DemoInconsistentStatistics(string file, string code) => M(nameof(DemoInconsistentStatistics), file, code);

    /// <summary>jurisdictions.json: {0} {1} 没有边界</summary>
    public static Message DemoNoBoundary(string code, string name) => M(nameof(DemoNoBoundary), code, name);

    /// <summary>jurisdictions.json: {0} 没有下辖县级行政区</summary>
    public static Message DemoNoCounties(string code) => M(nameof(DemoNoCounties), code);

    /// <summary>{0}: 没有 {1}</summary>
    public static Message DemoNoStatedTotal(string file, string subject) => M(nameof(DemoNoStatedTotal), file, subject);

    /// <summary>{0}: 没有 {1} {2} 的单元统计</summary>
    public static Message DemoNoUnitStatistics(string file, string code, string name) => M(nameof(DemoNoUnitStatistics), file, code, name);

    /// <summary>市外</summary>
    public static Message DemoOutsideCity() => M(nameof(DemoOutsideCity));

    /// <summary>示意点“{0}”不在 {1} 内（实际 {2}）</summary>
    public static Message DemoPointOutsideCounty(string name, string county, object actual) => M(nameof(DemoPointOutsideCounty), name, county, actual);

    /// <summary>示意要求，仅用于演示，非正式准入清单</summary>
    public static Message DemoRequirementBasis() => M(nameof(DemoRequirementBasis));

    /// <summary>编码重复，首见第 {0} 个要素</summary>
    public static Message DuplicateCode(int first) => M(nameof(DuplicateCode), first);

    /// <summary>{0}: 条目“{1}”重复</summary>
    public static Message DuplicateEntry(string fileName, string entry) => M(nameof(DuplicateEntry), fileName, entry);

    /// <summary>编号重复，首见第 {0} 个要素，本要素记为 {1}#{2}</summary>
    public static Message DuplicateId(int first, string id, int number) => M(nameof(DuplicateId), first, id, number);

    /// <summary>没有几何或几何为空</summary>
    public static Message EmptyGeometry() => M(nameof(EmptyGeometry));

    /// <summary>{0}: 条目“{1}”无法解压（{2}）</summary>
    public static Message EntryCannotDecompress(string fileName, string entry, string error) => M(nameof(EntryCannotDecompress), fileName, entry, error);

    /// <summary>{0}: 条目“{1}”数据损坏（{2}）</summary>
    public static Message EntryCorrupt(string fileName, string entry, string error) => M(nameof(EntryCorrupt), fileName, entry, error);

    /// <summary>{0}: 条目“{1}”实际大小超过声明的 {2} 字节</summary>
    public static Message EntryLonger(string fileName, string entry, long declared) => M(nameof(EntryLonger), fileName, entry, declared);

    /// <summary>{0}: 条目名“{1}”含有路径（只允许文件名或单个顶层文件夹）</summary>
    public static Message EntryNameWithPath(string fileName, string entry) => M(nameof(EntryNameWithPath), fileName, entry);

    /// <summary>{0}: 条目“{1}”只有 {2} 字节，少于声明的 {3} 字节</summary>
    public static Message EntryShorter(string fileName, string entry, long taken, long declared) => M(nameof(EntryShorter), fileName, entry, taken, declared);

    /// <summary>{0}: 条目“{1}”解压后 {2} 字节，超过 {3}</summary>
    public static Message EntryTooLarge(string fileName, string entry, long length, Message limit, long maxBytes) => M(nameof(EntryTooLarge), fileName, entry, length, limit, maxBytes);

    /// <summary>{0}: 第 {1} 个要素第 {2} 个顶点的坐标 ({3}, {4}) 不是有限数值（NaN 或无穷大）</summary>
    public static Message FeatureVertexNotFinite(string fileName, int feature, int vertex, double x, double y) => M(nameof(FeatureVertexNotFinite), fileName, feature, vertex, x, y);

    /// <summary>单元与行政区边界的覆盖检查无法计算，需人工核查（{0}）</summary>
    public static Message GapCheckFailed(string error) => M(nameof(GapCheckFailed), error);

    /// <summary>单元与行政区边界的覆盖检查无法计算（单元 {0}），需人工核查（{1}）</summary>
    public static Message GapCheckFailedAtUnit(string unit, string error) => M(nameof(GapCheckFailedAtUnit), unit, error);

    /// <summary>单元未覆盖行政区 {0} 处，合计 {1:0.##} m²，最大一处约在 {2:0.######},{3:0.######}</summary>
    public static Message Gaps(int count, double total, double longitude, double latitude) => M(nameof(Gaps), count, total, longitude, latitude);

    /// <summary>坐标按 GCJ-02（火星坐标，国内商业网络地图）输入，已按公开算法迭代反算为 WGS 84/CGCS2000；反算残差约 1 米，正式审批请使用 CGCS2000 实测坐标。</summary>
    public static Message Gcj02Converted() => M(nameof(Gcj02Converted));

    /// <summary>坐标按 GCJ-02（火星坐标）输入，但位于中国范围之外，无偏移，按原值使用。</summary>
    public static Message Gcj02OutsideChina() => M(nameof(Gcj02OutsideChina));

    /// <summary>GeoJSON {0}：{1}</summary>
    public static Message GeoJsonAt(string path, Message problem) => M(nameof(GeoJsonAt), path, problem);

    /// <summary>GeoJSON {0} 的坐标有误：{1}</summary>
    public static Message GeoJsonBadCoordinates(string path, string error) => M(nameof(GeoJsonBadCoordinates), path, error);

    /// <summary>GeoJSON 格式错误（行 {0}）：{1}</summary>
    public static Message GeoJsonInvalid(long? line, string error) => M(nameof(GeoJsonInvalid), line, error);

    /// <summary>缺少“{0}”</summary>
    public static Message GeoJsonMissingMember(string name) => M(nameof(GeoJsonMissingMember), name);

    /// <summary>GeoJSON 中没有几何</summary>
    public static Message GeoJsonNoGeometry() => M(nameof(GeoJsonNoGeometry));

    /// <summary>应为数组</summary>
    public static Message GeoJsonNotArray() => M(nameof(GeoJsonNotArray));

    /// <summary>应为 GeoJSON 对象</summary>
    public static Message GeoJsonNotObject() => M(nameof(GeoJsonNotObject));

    /// <summary>多边形没有环</summary>
    public static Message GeoJsonPolygonWithoutRings() => M(nameof(GeoJsonPolygonWithoutRings));

    /// <summary>坐标应为至少含 2 个数值的数组 [经度, 纬度]</summary>
    public static Message GeoJsonPositionTooShort() => M(nameof(GeoJsonPositionTooShort));

    /// <summary>{0}: 文件 {1} 字节，超过上限 {2}</summary>
    public static Message GeoJsonTooLarge(string fileName, long length, long max) => M(nameof(GeoJsonTooLarge), fileName, length, max);

    /// <summary>{0}: 要素超过上限 {1} 个</summary>
    public static Message GeoJsonTooManyFeatures(string fileName, int max) => M(nameof(GeoJsonTooManyFeatures), fileName, max);

    /// <summary>{0}: 顶点数至第 {1} 个要素已达 {2} 个，超过上限 {3}</summary>
    public static Message GeoJsonTooManyVertices(string fileName, int number, long vertices, int max) => M(nameof(GeoJsonTooManyVertices), fileName, number, vertices, max);

    /// <summary>“type”应为字符串</summary>
    public static Message GeoJsonTypeNotString() => M(nameof(GeoJsonTypeNotString));

    /// <summary>GeoJSON {0}: 不支持的类型“{1}”</summary>
    public static Message GeoJsonUnsupportedType(string path, string? type) => M(nameof(GeoJsonUnsupportedType), path, type);

    /// <summary>坐标值“{0}”不是有限数值</summary>
    public static Message GeoJsonValueNotFinite(string value) => M(nameof(GeoJsonValueNotFinite), value);

    /// <summary>几何无效，已自动修复</summary>
    public static Message GeometryRepaired() => M(nameof(GeometryRepaired));

    /// <summary>几何无效（如自相交），已自动修复，面积变化 {0:0.##} m²</summary>
    public static Message GeometryRepairedArea(double change) => M(nameof(GeometryRepairedArea), change);

    /// <summary>{0}: 第 {1} 个要素的几何无法读取（{2}）</summary>
    public static Message GeometryUnreadable(string fileName, int number, string error) => M(nameof(GeometryUnreadable), fileName, number, error);

    /// <summary>几何无效且无法修复</summary>
    public static Message GeometryUnrepairable() => M(nameof(GeometryUnrepairable));

    /// <summary>{0}: {1} 文件头声明长度 {2} 字节，实际 {3} 字节</summary>
    public static Message HeaderLength(string where, string kind, long declared, long length) => M(nameof(HeaderLength), where, kind, declared, length);

    /// <summary>{0}: {1} 字节，不足 {2} 文件头的 100 字节</summary>
    public static Message HeaderTooShort(string where, long length, string kind) => M(nameof(HeaderTooShort), where, length, kind);

    /// <summary>{0}: {1} 文件头版本号 {2}，应为 1000</summary>
    public static Message HeaderVersion(string where, string kind, int version) => M(nameof(HeaderVersion), where, kind, version);

    /// <summary>图层 {0} 第 {1} 版自 {2} 起施行，晚于研判日期 {3}。</summary>
    public static Message LayerNotYetInForce(string layer, int version, DateOnly effectiveFrom, DateOnly date) => M(nameof(LayerNotYetInForce), layer, version, effectiveFrom, date);

    /// <summary>坐标 ({0}, {1}) 的经纬度似乎颠倒了：应为“经度,纬度”（经度在前，{2}）</summary>
    public static Message LonLatSwapped(double x, double y, string crs) => M(nameof(LonLatSwapped), x, y, crs);

    /// <summary>坐标 ({0}, {1}) 看起来是投影坐标（米），请用 --crs 指明高斯-克吕格坐标系，如 EPSG:4526</summary>
    public static Message LooksProjected(double x, double y) => M(nameof(LooksProjected), x, y);

    /// <summary>{0} MB</summary>
    public static Message Megabytes(long megabytes) => M(nameof(Megabytes), megabytes);

    /// <summary>缺少行政区划代码：没有县区代码列，县区名称不能对应到本行政区的县，单元编码也不能给出（可用 --field county=列名 或 countyName=列名 指定）</summary>
    public static Message MissingCounty() => M(nameof(MissingCounty));

    /// <summary>缺少管控类别</summary>
    public static Message MissingUnitClass() => M(nameof(MissingUnitClass));

    /// <summary>缺少单元编码</summary>
    public static Message MissingUnitCode() => M(nameof(MissingUnitCode));

    /// <summary>没有坐标</summary>
    public static Message NoCoordinates() => M(nameof(NoCoordinates));

    /// <summary>{0}: 没有 .prj 文件，请用 --crs 指明坐标系（如 --crs EPSG:4526）</summary>
    public static Message NoPrj(string fileName) => M(nameof(NoPrj), fileName);

    /// <summary>无适用的准入清单或结构化规则目录，需人工判断</summary>
    public static Message NoRulesWarning() => M(nameof(NoRulesWarning));

    /// <summary>文件中没有列“{0}”（{1}）；文件的列：{2}</summary>
    public static Message NoSuchColumn(string column, string role, string columns) => M(nameof(NoSuchColumn), column, role, columns);

    /// <summary>{0}: 第 {1} 个要素不是 GeoJSON Feature</summary>
    public static Message NotAFeature(string fileName, int number) => M(nameof(NotAFeature), fileName, number);

    /// <summary>{0}: 须为 GeoJSON FeatureCollection</summary>
    public static Message NotFeatureCollection(string fileName) => M(nameof(NotFeatureCollection), fileName);

    /// <summary>{0}: 不是有效的 JSON（{1}）</summary>
    public static Message NotJson(string fileName, string error) => M(nameof(NotJson), fileName, error);

    /// <summary>{0}: 文件头标识为 {2}，不是 {1} 文件（应为 9994）</summary>
    public static Message NotShapeFile(string where, string kind, int code) => M(nameof(NotShapeFile), where, kind, code);

    /// <summary>{0}: 不是有效的 UTF-8 文本（GeoJSON 须为 UTF-8）</summary>
    public static Message NotUtf8(string fileName) => M(nameof(NotUtf8), fileName);

    /// <summary>{0}: 不是有效的 zip 压缩包（{1}）</summary>
    public static Message NotZip(string fileName, string error) => M(nameof(NotZip), fileName, error);

    /// <summary>坐标超出中国范围（{0:0.###},{1:0.###} – {2:0.###},{3:0.###}），坐标系可能有误</summary>
    public static Message OutOfExtent(double minX, double minY, double maxX, double maxY) => M(nameof(OutOfExtent), minX, minY, maxX, maxY);

    /// <summary>坐标 ({0}, {1}) 不在中国范围内（经度 73–136，纬度 3–54，{2}）</summary>
    public static Message OutsideChina(double x, double y, string crs) => M(nameof(OutsideChina), x, y, crs);

    /// <summary>坐标 ({0}, {1}) 不在 {2} 的有效范围内（检查带号前缀和 X/Y 是否颠倒）</summary>
    public static Message OutsideZone(double x, double y, object crs) => M(nameof(OutsideZone), x, y, crs);

    /// <summary>与单元 {0} 重叠 {1:0.##} m²</summary>
    public static Message Overlap(string unit, double area) => M(nameof(Overlap), unit, area);

    /// <summary>与单元 {0} 的重叠无法计算，需人工核查（{1}）</summary>
    public static Message OverlapCheckFailed(string unit, string error) => M(nameof(OverlapCheckFailed), unit, error);

    /// <summary>大地基准“{0}”不受支持（仅 CGCS2000、WGS 84）</summary>
    public static Message PrjDatumUnsupported(string names) => M(nameof(PrjDatumUnsupported), names);

    /// <summary>东偏移 {0} 与第 {1} 带不符</summary>
    public static Message PrjFalseEasting(double falseEasting, int zone) => M(nameof(PrjFalseEasting), falseEasting, zone);

    /// <summary>缺少 central_meridian 或 false_easting 参数</summary>
    public static Message PrjMissingParameters() => M(nameof(PrjMissingParameters));

    /// <summary>投影不是高斯-克吕格（横轴墨卡托）</summary>
    public static Message PrjNotGaussKruger() => M(nameof(PrjNotGaussKruger));

    /// <summary>不是 CGCS2000 3度带（中央经线 {0}，比例因子 {1}）</summary>
    public static Message PrjNotZone(double centralMeridian, double scale) => M(nameof(PrjNotZone), centralMeridian, scale);

    /// <summary>WGS 84 投影坐标系（如 UTM）不受支持</summary>
    public static Message PrjProjectedWgs84() => M(nameof(PrjProjectedWgs84));

    /// <summary>{0}: {1}.prj 的坐标系不受支持：{2}</summary>
    public static Message PrjUnsupported(string fileName, string stem, Message reason) => M(nameof(PrjUnsupported), fileName, stem, Message.Embed(reason));

    /// <summary>{0}: 第 {1} 条记录（偏移 {2}）声明内容 {3} 字节，超出文件或不足 4 字节</summary>
    public static Message RecordContentLength(string where, int number, long start, long contentBytes) => M(nameof(RecordContentLength), where, number, start, contentBytes);

    /// <summary>{0}: 第 {1} 条记录（偏移 {2}）的部分数 {3}、点数 {4} 不合理</summary>
    public static Message RecordCounts(string where, int number, long start, long parts, long points) => M(nameof(RecordCounts), where, number, start, parts, points);

    /// <summary>{0}: 第 {1} 条记录头（偏移 {2}）不完整</summary>
    public static Message RecordHeaderTruncated(string where, int number, long start) => M(nameof(RecordHeaderTruncated), where, number, start);

    /// <summary>{0}: 第 {1} 条记录（偏移 {2}）的记录号为 {3}</summary>
    public static Message RecordNumber(string where, int number, long start, int recordNumber) => M(nameof(RecordNumber), where, number, start, recordNumber);

    /// <summary>{0}: 第 {1} 条记录（偏移 {2}）有 {3} 个点，内容应为 {4}–{5} 字节，实际声明 {6} 字节</summary>
    public static Message RecordPoints(string where, int number, long start, long points, long min, long max, long contentBytes) => M(nameof(RecordPoints), where, number, start, points, min, max, contentBytes);

    /// <summary>{0}: 第 {1} 条记录（偏移 {2}）的几何类型 {3} 与文件的 {4} 不一致</summary>
    public static Message RecordShapeType(string where, int number, long start, int type, int fileType) => M(nameof(RecordShapeType), where, number, start, type, fileType);

    /// <summary>{0}: 第 {1} 条记录（偏移 {2}）内容只有 {3} 字节，不足以容纳点数</summary>
    public static Message RecordTooShort(string where, int number, long start, long contentBytes) => M(nameof(RecordTooShort), where, number, start, contentBytes);

    /// <summary>几何无效（如自相交），修复后面积由 {0:0.#} m² 变为 {1:0.#} m²，变化超过 1%，拒收</summary>
    public static Message RepairChangesArea(double before, double after) => M(nameof(RepairChangesArea), before, after);

    /// <summary>流域</summary>
    public static Message RoleBasin() => M(nameof(RoleBasin));

    /// <summary>市</summary>
    public static Message RoleCity() => M(nameof(RoleCity));

    /// <summary>管控单元分类</summary>
    public static Message RoleClass() => M(nameof(RoleClass));

    /// <summary>编码</summary>
    public static Message RoleCode() => M(nameof(RoleCode));

    /// <summary>县级行政区划代码</summary>
    public static Message RoleCounty() => M(nameof(RoleCounty));

    /// <summary>县级行政区名称</summary>
    public static Message RoleCountyName() => M(nameof(RoleCountyName));

    /// <summary>环境要素</summary>
    public static Message RoleElement() => M(nameof(RoleElement));

    /// <summary>要素细类</summary>
    public static Message RoleElementSubclass() => M(nameof(RoleElementSubclass));

    /// <summary>字段角色“{0}”指定了两次</summary>
    public static Message RoleGivenTwice(string role) => M(nameof(RoleGivenTwice), role);

    /// <summary>名称</summary>
    public static Message RoleName() => M(nameof(RoleName));

    /// <summary>污染物排放管控</summary>
    public static Message RolePollutantDischarge() => M(nameof(RolePollutantDischarge));

    /// <summary>省</summary>
    public static Message RoleProvince() => M(nameof(RoleProvince));

    /// <summary>河段</summary>
    public static Message RoleReach() => M(nameof(RoleReach));

    /// <summary>资源开发效率要求</summary>
    public static Message RoleResourceEfficiency() => M(nameof(RoleResourceEfficiency));

    /// <summary>环境风险防控</summary>
    public static Message RoleRiskPrevention() => M(nameof(RoleRiskPrevention));

    /// <summary>空间布局约束</summary>
    public static Message RoleSpatialLayout() => M(nameof(RoleSpatialLayout));

    /// <summary>{0}: 不支持的几何类型 {1}（支持点、多点、线、面及其 Z/M 形式）</summary>
    public static Message ShapeTypeUnsupported(string where, int type) => M(nameof(ShapeTypeUnsupported), where, type);

    /// <summary>{0}: Shapefile 无法读取：{1}</summary>
    public static Message ShapefileUnreadable(string fileName, string error) => M(nameof(ShapefileUnreadable), fileName, error);

    /// <summary>{0}: {1}.shp 只有 {2} 条记录，{1}.shx/.dbf 有 {3} 条</summary>
    public static Message ShpFewerRecords(string fileName, string stem, int shp, int records) => M(nameof(ShpFewerRecords), fileName, stem, shp, records);

    /// <summary>{0}: {1}.shp 有 {2} 条记录，{1}.shx/.dbf 有 {3} 条</summary>
    public static Message ShpRecordCount(string fileName, string stem, int shp, int records) => M(nameof(ShpRecordCount), fileName, stem, shp, records);

    /// <summary>{0}: {1} 个要素，超过上限 {2}</summary>
    public static Message ShpTooManyFeatures(string fileName, int records, int max) => M(nameof(ShpTooManyFeatures), fileName, records, max);

    /// <summary>{0}: 记录数多于 .shx/.dbf 的 {1} 条</summary>
    public static Message ShpTooManyRecords(string where, int expected) => M(nameof(ShpTooManyRecords), where, expected);

    /// <summary>{0}: 顶点数至第 {1} 条记录已达 {2} 个，超过上限 {3}</summary>
    public static Message ShpTooManyVertices(string where, int number, long vertices, int max) => M(nameof(ShpTooManyVertices), where, number, vertices, max);

    /// <summary>{0}: 长度 {1} 字节不是 100 + 8 × 记录数</summary>
    public static Message ShxLength(string where, long length) => M(nameof(ShxLength), where, length);

    /// <summary>{0}: 几何类型 {1} 与 .shp 的 {2} 不一致</summary>
    public static Message ShxShapeType(string where, int type, int shpType) => M(nameof(ShxShapeType), where, type, shpType);

    /// <summary>{0}: 条目“{1}”{2} 字节，超过 {3} 字节（.prj/.cpg 只有几百字节）</summary>
    public static Message SideFileTooLarge(string fileName, string entry, long length, long max) => M(nameof(SideFileTooLarge), fileName, entry, length, max);

    /// <summary>选址为空</summary>
    public static Message SiteEmpty() => M(nameof(SiteEmpty));

    /// <summary>Shapefile 含 {0} 个要素，已合并为一个选址</summary>
    public static Message SiteFeaturesUnited(int count) => M(nameof(SiteFeaturesUnited), count);

    /// <summary>{0}: 选址文件超过 {1} MB</summary>
    public static Message SiteFileTooLarge(string fileName, long megabytes) => M(nameof(SiteFileTooLarge), fileName, megabytes);

    /// <summary>选址几何为空</summary>
    public static Message SiteGeometryEmpty() => M(nameof(SiteGeometryEmpty));

    /// <summary>选址须为 EPSG:4490 坐标（当前 SRID {0}）</summary>
    public static Message SiteNotCgcs2000(int srid) => M(nameof(SiteNotCgcs2000), srid);

    /// <summary>选址不在管控单元图层范围内（未与任何管控单元相交），无法确定单元级要求，需人工核实。</summary>
    public static Message SiteOutsideUnits() => M(nameof(SiteOutsideUnits));

    /// <summary>选址几何自相交或无效，已自动修复（GeometryFixer），请核对边界坐标。</summary>
    public static Message SiteRepaired() => M(nameof(SiteRepaired));

    /// <summary>{0}: 没有任何有效图形</summary>
    public static Message SiteShapefileEmpty(string fileName) => M(nameof(SiteShapefileEmpty), fileName);

    /// <summary>GCJ-02 只适用于坐标文本或 GeoJSON；Shapefile 须为 CGCS2000/WGS 84/高斯-克吕格坐标</summary>
    public static Message SiteShapefileGcj02() => M(nameof(SiteShapefileGcj02));

    /// <summary>选址顶点数超过上限 {0} 个（读到第 {1} 个顶点时停止）</summary>
    public static Message SiteTooManyVertices(int max, long reached) => M(nameof(SiteTooManyVertices), max, reached);

    /// <summary>第 {0} 个坐标 ({1}, {2}) 不是有限数值（NaN 或无穷大），坐标须为有限数值</summary>
    public static Message SiteVertexNotFinite(int vertex, double x, double y) => M(nameof(SiteVertexNotFinite), vertex, x, y);

    /// <summary>所用图层含示意（合成）数据，结果仅用于演示，不能作为选址依据。</summary>
    public static Message SyntheticLayersUsed() => M(nameof(SyntheticLayersUsed));

    /// <summary>合成示意数据，非正式成果</summary>
    public static Message SyntheticNotice() => M(nameof(SyntheticNotice));

    /// <summary>{0}: 压缩包条目 {1} 个，超过 {2}</summary>
    public static Message TooManyEntries(string fileName, int count, int max) => M(nameof(TooManyEntries), fileName, count, max);

    /// <summary>{0}: 解压后总大小超过 {1}</summary>
    public static Message UncompressedTooLarge(string fileName, Message limit, long maxBytes) => M(nameof(UncompressedTooLarge), fileName, limit, maxBytes);

    /// <summary>管控类别“{0}”不是 {1}</summary>
    public static Message UnknownClass(string value, string classes) => M(nameof(UnknownClass), value, classes);

    /// <summary>未知字段角色“{0}”，可用：{1}</summary>
    public static Message UnknownRole(string role, string roles) => M(nameof(UnknownRole), role, roles);

    /// <summary>不支持的坐标系“{0}”。支持 EPSG:4490 (CGCS2000)、EPSG:4326 (WGS 84)、EPSG:4513–4533 / 4534–4554（CGCS2000 3度带高斯-克吕格）。GCJ-02（火星坐标）须先转换。</summary>
    public static Message UnsupportedCrs(string given) => M(nameof(UnsupportedCrs), given);

    /// <summary>{0}: 不支持的文件类型（须为 .zip 压缩的 Shapefile 或 .geojson）</summary>
    public static Message UnsupportedFileType(string fileName) => M(nameof(UnsupportedFileType), fileName);

    /// <summary>第 {0} 个顶点的坐标 ({1}, {2}) 不是有限数值（NaN 或无穷大）</summary>
    public static Message VertexNotFinite(int vertex, double x, double y) => M(nameof(VertexNotFinite), vertex, x, y);

    /// <summary>几何类型 {0} 不符合图层要求（{1}）</summary>
    public static Message WrongGeometryType(string actual, object expected) => M(nameof(WrongGeometryType), actual, expected);

    /// <summary>{0}: 缺少 {1}</summary>
    public static Message ZipPartMissing(string fileName, string part) => M(nameof(ZipPartMissing), fileName, part);

    /// <summary>{0}: 压缩包中应有且只有一个 .shp，实际 {1} 个</summary>
    public static Message ZipShpCount(string fileName, int count) => M(nameof(ZipShpCount), fileName, count);

    /// <summary>{0}: 文件 {1} 字节，超过上限 {2}</summary>
    public static Message ZipTooLarge(string fileName, long length, Message limit, long maxBytes) => M(nameof(ZipTooLarge), fileName, length, limit, maxBytes);

    /// <summary>3度带带号须在 25–45 之间</summary>
    public static Message ZoneOutOfRange() => M(nameof(ZoneOutOfRange));
}
