namespace EcoGov.Application;

/// <summary>
/// The application layer's message catalogue, typed: one method per entry of <c>Resources/ApplicationText.resx</c>
/// (Chinese, the neutral resource) and <c>ApplicationText.en.resx</c>, named by its key and taking the values of its
/// numbered placeholders in order. A service refuses with <c>throw new ApplicationInputException(code, field,
/// AppText.NoSuchUser(name))</c>, never with prose; <c>EngineCatalogueTests</c> checks that every method has its entries.
/// To add a message: a method here (a property for a label), the entry in both files (same placeholders, no Chinese in
/// English; a <c>KEY.Bilingual</c> line in the neutral file only where the printed line is not the two texts joined).
/// </summary>
public static class AppText
{
    /// <summary>The catalogue's resources (<c>Resources/ApplicationText.resx</c> and its <c>en</c> satellite).</summary>
    public static readonly System.Resources.ResourceManager Catalogue = AppMessage.Resources;

    /// <summary>用户 {0} 已停用</summary>
    public static AppMessage AccountIsDisabled(object? userName) => new(nameof(AccountIsDisabled), userName);

    /// <summary>须指定操作用户</summary>
    public static AppMessage ActingUserIsRequired() => new(nameof(ActingUserIsRequired));

    /// <summary>销号或退回该预警函（须为本级或上级规划调度办公室）</summary>
    public static AppMessage ActionCloseWarningLetter => new(nameof(ActionCloseWarningLetter));

    /// <summary>修改该规划的督办设置</summary>
    public static AppMessage ActionEditPlanSettings => new(nameof(ActionEditPlanSettings));

    /// <summary>录入该行政区的指标实际值（须为本级或上级规划调度办公室）</summary>
    public static AppMessage ActionEnterIndicatorActual => new(nameof(ActionEnterIndicatorActual));

    /// <summary>导入或替换该行政区的规划（须为本级或上级规划调度办公室，或系统管理员）</summary>
    public static AppMessage ActionImportPlan => new(nameof(ActionImportPlan));

    /// <summary>下发该行政区的预警函（须为本级或上级规划调度办公室）</summary>
    public static AppMessage ActionIssueWarningLetter => new(nameof(ActionIssueWarningLetter));

    /// <summary>管理该行政区的部门</summary>
    public static AppMessage ActionManageDepartments => new(nameof(ActionManageDepartments));

    /// <summary>管理用户</summary>
    public static AppMessage ActionManageUsers => new(nameof(ActionManageUsers));

    /// <summary>查看审计日志</summary>
    public static AppMessage ActionReadAuditLog => new(nameof(ActionReadAuditLog));

    /// <summary>查看该行政区的任务台账</summary>
    public static AppMessage ActionReadLedger => new(nameof(ActionReadLedger));

    /// <summary>查看其他部门未采纳的报告</summary>
    public static AppMessage ActionReadUnpublishedReport => new(nameof(ActionReadUnpublishedReport));

    /// <summary>查看该预警函（须为本级或上级规划调度办公室、领导，或受函部门）</summary>
    public static AppMessage ActionReadWarningLetter => new(nameof(ActionReadWarningLetter));

    /// <summary>回复该预警函（须为受函部门的填报员）</summary>
    public static AppMessage ActionReplyWarningLetter => new(nameof(ActionReplyWarningLetter));

    /// <summary>审核该行政区的报告（须为本级或上级规划调度办公室）</summary>
    public static AppMessage ActionReviewReport => new(nameof(ActionReviewReport));

    /// <summary>为该任务填报进展（须为本行政区牵头或配合部门的填报员）</summary>
    public static AppMessage ActionSubmitReport => new(nameof(ActionSubmitReport));

    /// <summary>年份须为 {0}—{1} 的整数，收到“{2}”</summary>
    public static AppMessage ActualYearOutOfRange(object? minYear, object? maxYear, object? year) => new(nameof(ActualYearOutOfRange), minYear, maxYear, year);

    /// <summary>备份文件解压后超过 {0} 字节</summary>
    public static AppMessage ArchiveTooLarge(object? totalBytes) => new(nameof(ArchiveTooLarge), totalBytes);

    /// <summary>须指定倒排日期 yyyy-MM-dd</summary>
    public static AppMessage AsOfDateRequired() => new(nameof(AsOfDateRequired));

    /// <summary>佐证材料至多 {0} 个</summary>
    public static AppMessage AtMostFiles(object? filesPerReport) => new(nameof(AtMostFiles), filesPerReport);

    /// <summary>最多 {0} 年</summary>
    public static AppMessage AtMostYears(object? maxYears) => new(nameof(AtMostYears), maxYears);

    /// <summary>备份文件的条目 {0}：{1}</summary>
    public static AppMessage BackupEntryUnreadable(object? entry, string message) => new(nameof(BackupEntryUnreadable), entry, AppMessage.Embed(message));

    /// <summary>须指定备份文件</summary>
    public static AppMessage BackupFileIsRequired() => new(nameof(BackupFileIsRequired));

    /// <summary>备份文件不存在：{0}</summary>
    public static AppMessage BackupFileNotFound(object? source) => new(nameof(BackupFileNotFound), source);

    /// <summary>备份的数据库结构为 {0}（EcoGov {1}），本程序为 {2}：请用生成备份的版本恢复，再升级并运行 ./ecogov migrate</summary>
    public static AppMessage BackupSchemaDiffersFromThisBuild(object? schema, object? appVersion, object? schema2) => new(nameof(BackupSchemaDiffersFromThisBuild), schema, appVersion, schema2);

    /// <summary>无法写入“{0}”：{1}</summary>
    public static AppMessage CannotWriteFile(object? path, object? message) => new(nameof(CannotWriteFile), path, message);

    /// <summary>状态为已完成时完成百分比须为 100</summary>
    public static AppMessage CompletedTaskPercent() => new(nameof(CompletedTaskPercent));

    /// <summary>“{0}”的内容不是 {1} 文件</summary>
    public static AppMessage ContentDoesNotMatchExtension(object? name, object? ext) => new(nameof(ContentDoesNotMatchExtension), name, ext);

    /// <summary>坐标系：{0}</summary>
    public static AppMessage CrsInvalid(string error) => new(nameof(CrsInvalid), AppMessage.Embed(error));

    /// <summary>坐标系：{0} — an engine's refusal (<see cref="AppMessage.Verbatim(EcoGov.Core.Text.Message)"/>), rendered in the reader's language.</summary>
    public static AppMessage CrsInvalid(AppMessage error) => new(nameof(CrsInvalid), AppMessage.Embed(error));

    /// <summary>备份文件的条目 {0} 已损坏：{1}</summary>
    public static AppMessage Damaged(object? name, object? message) => new(nameof(Damaged), name, message);

    /// <summary>数据库不存在或无法连接：{0}</summary>
    public static AppMessage DatabaseNotFound(object? db) => new(nameof(DatabaseNotFound), db);

    /// <summary>{0}：{1}</summary>
    public static AppMessage DateInvalid(AppMessage label, string error) => new(nameof(DateInvalid), label, AppMessage.Embed(error));

    /// <summary>研判日期 {0} 晚于今天 {1}，不能据此下发预警函</summary>
    public static AppMessage DayIsInFuture(object? asOf, object? today) => new(nameof(DayIsInFuture), asOf, today);

    /// <summary>审核结论须为 accept（采纳）或 return（退回）</summary>
    public static AppMessage DecisionMustBeAcceptOrReturn() => new(nameof(DecisionMustBeAcceptOrReturn));

    /// <summary>处理意见须为 close（销号）或 return（退回）</summary>
    public static AppMessage DecisionMustBeCloseOrReturn() => new(nameof(DecisionMustBeCloseOrReturn));

    /// <summary>部门 {0} 已存在</summary>
    public static AppMessage DepartmentExists(object? clean) => new(nameof(DepartmentExists), clean);

    /// <summary>须指定行政区</summary>
    public static AppMessage DepartmentJurisdictionRequired() => new(nameof(DepartmentJurisdictionRequired));

    /// <summary>姓名至多 50 个字符</summary>
    public static AppMessage DisplayNameHasAtMostCharacters() => new(nameof(DisplayNameHasAtMostCharacters));

    /// <summary>须指定要自查的文本文件</summary>
    public static AppMessage DocumentFileIsRequired() => new(nameof(DocumentFileIsRequired));

    /// <summary>须上传要自查的文本文件</summary>
    public static AppMessage DocumentUploadRequired() => new(nameof(DocumentUploadRequired));

    /// <summary>临期天数须为 0–366 的整数</summary>
    public static AppMessage DueSoonDaysOutOfRange() => new(nameof(DueSoonDaysOutOfRange));

    /// <summary>须给出生效日期</summary>
    public static AppMessage EffectiveDateIsRequired() => new(nameof(EffectiveDateIsRequired));

    /// <summary>该指标该年的实际值刚被他人录入，请刷新后重试</summary>
    public static AppMessage EnteredMeanwhileTryAgain() => new(nameof(EnteredMeanwhileTryAgain));

    /// <summary>备份文件缺少条目 {0}</summary>
    public static AppMessage EntryMissing(object? name) => new(nameof(EntryMissing), name);

    /// <summary>备份文件的条目 {0} 不在清单中</summary>
    public static AppMessage EntryNotInManifest(object? name) => new(nameof(EntryNotInManifest), name);

    /// <summary>备份文件的条目 {0} 大小 {1} 字节，超过上限 {2}</summary>
    public static AppMessage EntryTooLarge(object? name, object? entry, object? limit) => new(nameof(EntryTooLarge), name, entry, limit);

    /// <summary>备份文件的条目 {0} 出现两次</summary>
    public static AppMessage EntryTwice(object? name) => new(nameof(EntryTwice), name);

    /// <summary>“{0}”是空文件</summary>
    public static AppMessage EvidenceFileEmpty(object? name) => new(nameof(EvidenceFileEmpty), name);

    /// <summary>“{0}”超过 {1} MB</summary>
    public static AppMessage EvidenceFileTooLarge(object? name, object? fileBytes) => new(nameof(EvidenceFileTooLarge), name, fileBytes);

    /// <summary>备份文件的条目 {0}：佐证文件名与其 SHA-256 不符</summary>
    public static AppMessage EvidenceNameAndHashDiffer(object? entry) => new(nameof(EvidenceNameAndHashDiffer), entry);

    /// <summary>“{0}”：只接受 {1} 文件</summary>
    public static AppMessage EvidenceTypeNotAccepted(object? name, object? keys) => new(nameof(EvidenceTypeNotAccepted), name, keys);

    /// <summary>约谈的超标幅度须为大于 0、不超过 1000 的百分数</summary>
    public static AppMessage ExcessForInterviewOutOfRange() => new(nameof(ExcessForInterviewOutOfRange));

    /// <summary>{0} 已存在，不覆盖</summary>
    public static AppMessage ExistsNotOverwritten(object? target) => new(nameof(ExistsNotOverwritten), target);

    /// <summary>字段指定“{0}”应为 角色=列名，如 code=HJZHGKDYBM</summary>
    public static AppMessage ExpectedRoleCOLUMN(object? text) => new(nameof(ExpectedRoleCOLUMN), text);

    /// <summary>{0}: 文件无法读取（{1}）</summary>
    public static AppMessage FileCannotBeRead(object? info, object? getType) => new(nameof(FileCannotBeRead), info, getType);

    /// <summary>{0}: 文件为空</summary>
    public static AppMessage FileIsEmpty(object? name) => new(nameof(FileIsEmpty), name);

    /// <summary>{0}: 文件超过 {1} MB</summary>
    public static AppMessage FileIsLargerThanMB(object? info, object? maxBytes) => new(nameof(FileIsLargerThanMB), info, maxBytes);

    /// <summary>{0}: 含控制字符，不是纯文本</summary>
    public static AppMessage FileIsNotPlainTextControl(object? name) => new(nameof(FileIsNotPlainTextControl), name);

    /// <summary>{0}: 不是 UTF-8 编码的文本</summary>
    public static AppMessage FileIsNotUTFText(object? name) => new(nameof(FileIsNotUTFText), name);

    /// <summary>文件名“{0}”过长（至多 200 字）或含控制字符</summary>
    public static AppMessage FileNameInvalid(object? fileName) => new(nameof(FileNameInvalid), fileName);

    /// <summary>{0}：文件不存在</summary>
    public static AppMessage FileNotFound(object? fileName) => new(nameof(FileNotFound), fileName);

    /// <summary>找不到文件：{0}</summary>
    public static AppMessage FileNotFoundAt(object? path) => new(nameof(FileNotFoundAt), path);

    /// <summary>目录不存在：{0}</summary>
    public static AppMessage FolderNotFound(object? target) => new(nameof(FolderNotFound), target);

    /// <summary>格式须为 docx 或 xlsx</summary>
    public static AppMessage FormatMustBeDocxOrXlsx() => new(nameof(FormatMustBeDocxOrXlsx));

    /// <summary>起始日期 {0} 晚于终止日期 {1}</summary>
    public static AppMessage FromIsAfterTo(object? from, object? to) => new(nameof(FromIsAfterTo), from, to);

    /// <summary>须指定起始日期</summary>
    public static AppMessage FromIsRequired() => new(nameof(FromIsRequired));

    /// <summary>选址 GeoJSON 无法解析：{0}</summary>
    public static AppMessage GeoJsonInvalid(string error) => new(nameof(GeoJsonInvalid), error);

    /// <summary>须指定且只能指定任务（--task 规划/序号）或工程（--project 规划/序号）之一</summary>
    public static AppMessage GiveEitherTaskOrProjectAs() => new(nameof(GiveEitherTaskOrProjectAs));

    /// <summary>须指定行政区划代码或站点</summary>
    public static AppMessage GiveJurisdictionCodeOrStation() => new(nameof(GiveJurisdictionCodeOrStation));

    /// <summary>version 与 date 只能选一个</summary>
    public static AppMessage GiveVersionOrDateNotBoth() => new(nameof(GiveVersionOrDateNotBoth));

    /// <summary>采暖季开始日须为 MM-dd（如 11-01，且每年都有这一天）</summary>
    public static AppMessage HeatingSeasonStartInvalid() => new(nameof(HeatingSeasonStartInvalid));

    /// <summary>{0}: 导入被拒：{1}</summary>
    public static AppMessage ImportRefused(object? file, object? take) => new(nameof(ImportRefused), file, take);

    /// <summary>须指定指标序号</summary>
    public static AppMessage IndicatorNumberIsRequired() => new(nameof(IndicatorNumberIsRequired));

    /// <summary>年份须在 {0}—{1} 之间，收到 {2}</summary>
    public static AppMessage IndicatorYearOutOfRange(object? minYear, object? maxYear, object? y) => new(nameof(IndicatorYearOutOfRange), minYear, maxYear, y);

    /// <summary>行业代码“{0}”不是国民经济行业分类代码（字母门类或 2–4 位数字）</summary>
    public static AppMessage IndustryCodeInvalid(object? code) => new(nameof(IndustryCodeInvalid), code);

    /// <summary>行业代码：请填写国民经济行业分类（GB/T 4754）代码，如 3011</summary>
    public static AppMessage IndustryCodeRequired() => new(nameof(IndustryCodeRequired));

    /// <summary>{0}须为 {1}–{2} 的整数，收到“{3}”</summary>
    public static AppMessage IntegerOutOfRange(object? label, object? min, object? max, object? value, object? field) => new(nameof(IntegerOutOfRange), label, min, max, value, field);

    /// <summary>文件路径无效：{0}</summary>
    public static AppMessage InvalidPath(object? path) => new(nameof(InvalidPath), path);

    /// <summary>完成投资须为非负数（亿元）</summary>
    public static AppMessage InvestmentInvalid() => new(nameof(InvestmentInvalid));

    /// <summary>须指定行政区划代码</summary>
    public static AppMessage JurisdictionCodeIsRequired() => new(nameof(JurisdictionCodeIsRequired));

    /// <summary>须指定行政区划代码</summary>
    public static AppMessage JurisdictionCodeRequired() => new(nameof(JurisdictionCodeRequired));

    /// <summary>未找到行政区划“{0}”</summary>
    public static AppMessage JurisdictionNotFound(object? code) => new(nameof(JurisdictionNotFound), code);

    /// <summary>须指定行政区划代码</summary>
    public static AppMessage JurisdictionRequired() => new(nameof(JurisdictionRequired));

    /// <summary>实际值</summary>
    public static AppMessage LabelActualValue => new(nameof(LabelActualValue));

    /// <summary>截至日期</summary>
    public static AppMessage LabelAsOfDate => new(nameof(LabelAsOfDate));

    /// <summary>研判日期</summary>
    public static AppMessage LabelAssessmentDate => new(nameof(LabelAssessmentDate));

    /// <summary>驾驶舱日期</summary>
    public static AppMessage LabelDashboardDate => new(nameof(LabelDashboardDate));

    /// <summary>数据来源</summary>
    public static AppMessage LabelDataSource => new(nameof(LabelDataSource));

    /// <summary>日期</summary>
    public static AppMessage LabelDate => new(nameof(LabelDate));

    /// <summary>日</summary>
    public static AppMessage LabelDay => new(nameof(LabelDay));

    /// <summary>处理意见</summary>
    public static AppMessage LabelDecisionComment => new(nameof(LabelDecisionComment));

    /// <summary>生效日期</summary>
    public static AppMessage LabelEffectiveDate => new(nameof(LabelEffectiveDate));

    /// <summary>终期</summary>
    public static AppMessage LabelEndTerm => new(nameof(LabelEndTerm));

    /// <summary>评价截止日期</summary>
    public static AppMessage LabelEvaluationAsOf => new(nameof(LabelEvaluationAsOf));

    /// <summary>评估日期</summary>
    public static AppMessage LabelEvaluationDate => new(nameof(LabelEvaluationDate));

    /// <summary>导出日期</summary>
    public static AppMessage LabelExportDate => new(nameof(LabelExportDate));

    /// <summary>倒排日期</summary>
    public static AppMessage LabelForesightDate => new(nameof(LabelForesightDate));

    /// <summary>起始日期</summary>
    public static AppMessage LabelFromDate => new(nameof(LabelFromDate));

    /// <summary>起始年份</summary>
    public static AppMessage LabelFromYear => new(nameof(LabelFromYear));

    /// <summary>小时</summary>
    public static AppMessage LabelHour => new(nameof(LabelHour));

    /// <summary>台账日期</summary>
    public static AppMessage LabelLedgerDate => new(nameof(LabelLedgerDate));

    /// <summary>中期</summary>
    public static AppMessage LabelMidTerm => new(nameof(LabelMidTerm));

    /// <summary>无</summary>
    public static AppMessage LabelNone => new(nameof(LabelNone));

    /// <summary>（无）</summary>
    public static AppMessage LabelNoneInBrackets => new(nameof(LabelNoneInBrackets));

    /// <summary>整改情况</summary>
    public static AppMessage LabelRectification => new(nameof(LabelRectification));

    /// <summary>整改回复期限</summary>
    public static AppMessage LabelReplyBy => new(nameof(LabelReplyBy));

    /// <summary>随机种子</summary>
    public static AppMessage LabelSeed => new(nameof(LabelSeed));

    /// <summary>站点名前缀</summary>
    public static AppMessage LabelStationPrefix => new(nameof(LabelStationPrefix));

    /// <summary>站点数</summary>
    public static AppMessage LabelStations => new(nameof(LabelStations));

    /// <summary>终止日期</summary>
    public static AppMessage LabelToDate => new(nameof(LabelToDate));

    /// <summary>终止年份</summary>
    public static AppMessage LabelToYear => new(nameof(LabelToYear));

    /// <summary>每市单元数</summary>
    public static AppMessage LabelUnitsPerCity => new(nameof(LabelUnitsPerCity));

    /// <summary>年数</summary>
    public static AppMessage LabelYears => new(nameof(LabelYears));

    /// <summary>末年早于起始年</summary>
    public static AppMessage LastYearIsBeforeFirst() => new(nameof(LastYearIsBeforeFirst));

    /// <summary>末年不得晚于 2100 年</summary>
    public static AppMessage LastYearMustBe() => new(nameof(LastYearMustBe));

    /// <summary>{0} {1} 还没有任何版本</summary>
    public static AppMessage LayerHasNoVersionYet(object? kind, object? code) => new(nameof(LayerHasNoVersionYet), kind, code);

    /// <summary>{0}: 图层被拒：{1}</summary>
    public static AppMessage LayerRefused(object? unitsFile, object? take) => new(nameof(LayerRefused), unitsFile, take);

    /// <summary>预警函 {0} 已被他人处理，请刷新后重试</summary>
    public static AppMessage LetterChangedMeanwhile(object? number) => new(nameof(LetterChangedMeanwhile), number);

    /// <summary>{0} {1} 期已下发预警函 {2}</summary>
    public static AppMessage LetterForThisUnitAndPeriod(object? unit, object? period, object? existing) => new(nameof(LetterForThisUnitAndPeriod), unit, period, existing);

    /// <summary>须指定预警函编号</summary>
    public static AppMessage LetterIdIsRequired() => new(nameof(LetterIdIsRequired));

    /// <summary>预警函 {0} {1}，不能再回复</summary>
    public static AppMessage LetterNotOpenForReply(object? number, object? state, object? state2) => new(nameof(LetterNotOpenForReply), number, state, state2);

    /// <summary>预警函编号被同时占用，请重试</summary>
    public static AppMessage LetterNumberWasTakenMeanwhileTry() => new(nameof(LetterNumberWasTakenMeanwhileTry));

    /// <summary>对{0}本级的预警函须由上级规划调度办公室下发</summary>
    public static AppMessage LetterToOwnJurisdiction(object? jurisdictionName) => new(nameof(LetterToOwnJurisdiction), jurisdictionName);

    /// <summary>备份文件的条目 {0} 列出两次</summary>
    public static AppMessage ListedTwice(object? entry) => new(nameof(ListedTwice), entry);

    /// <summary>位置：{0}</summary>
    public static AppMessage LocationInvalid(AppMessage error) => new(nameof(LocationInvalid), AppMessage.Embed(error));

    /// <summary>位置“{0}”不是“经度,纬度”形式的一个点（如 112.85,35.50）</summary>
    public static AppMessage LocationNotOnePoint(object? location) => new(nameof(LocationNotOnePoint), location);

    /// <summary>位置 {0},{1} 不在我国范围内（经度 73–136，纬度 3–54；请核对是否把经纬度写反）</summary>
    public static AppMessage LocationOutsideChina(object? groups, object? groups2) => new(nameof(LocationOutsideChina), groups, groups2);

    /// <summary>位置：请填写“经度,纬度”（如 112.85,35.50），或在地图上点击选点</summary>
    public static AppMessage LocationRequiredLonLat() => new(nameof(LocationRequiredLonLat));

    /// <summary>备份文件缺少 {0}：{1}</summary>
    public static AppMessage ManifestMissing(object? manifestEntry, object? source) => new(nameof(ManifestMissing), manifestEntry, source);

    /// <summary>部门名称须为 1–100 个字符</summary>
    public static AppMessage NameMustBeCharacters() => new(nameof(NameMustBeCharacters));

    /// <summary>图层版本 {0} 不存在</summary>
    public static AppMessage NoLayerVersion(object? id) => new(nameof(NoLayerVersion), id);

    /// <summary>库中没有符合条件的小时数据（先导入监测数据，如 `./ecogov monitoring import`）</summary>
    public static AppMessage NoStoredHourlyData() => new(nameof(NoStoredHourlyData));

    /// <summary>库中没有该辖区所选年份的小时数据（可先用 `./ecogov monitoring generate` 生成合成数据并导入）</summary>
    public static AppMessage NoStoredHourlyDataForJurisdictionYears() => new(nameof(NoStoredHourlyDataForJurisdictionYears));

    /// <summary>行政区 {0} 没有部门 {1}（`departments --jurisdiction {0}` 列出全部）</summary>
    public static AppMessage NoSuchDepartmentInJurisdiction(object? jurisdiction, object? wanted) => new(nameof(NoSuchDepartmentInJurisdiction), jurisdiction, wanted);

    /// <summary>报告 #{0} 没有材料 {1}</summary>
    public static AppMessage NoSuchEvidenceFile(object? reportId, object? fileId) => new(nameof(NoSuchEvidenceFile), reportId, fileId);

    /// <summary>规划 {0} 没有序号为“{1}”的指标；可选 {2}</summary>
    public static AppMessage NoSuchIndicator(object? plan, object? indicator, object? seq) => new(nameof(NoSuchIndicator), plan, indicator, seq);

    /// <summary>图层版本 {0} 不存在</summary>
    public static AppMessage NoSuchLayerVersion(object? id) => new(nameof(NoSuchLayerVersion), id);

    /// <summary>预警函 #{0} 不存在</summary>
    public static AppMessage NoSuchLetter(object? n) => new(nameof(NoSuchLetter), n);

    /// <summary>规划 {0} 不存在；可选：{1}</summary>
    public static AppMessage NoSuchPlan(object? id, object? p) => new(nameof(NoSuchPlan), id, p);

    /// <summary>规划 {0} 没有序号为 {1} 的重点工程</summary>
    public static AppMessage NoSuchProject(object? plan, object? seq) => new(nameof(NoSuchProject), plan, seq);

    /// <summary>报告 #{0} 不存在</summary>
    public static AppMessage NoSuchReport(object? id) => new(nameof(NoSuchReport), id);

    /// <summary>规划 {0} 没有序号为 {1} 的任务</summary>
    public static AppMessage NoSuchTask(object? plan, object? seq) => new(nameof(NoSuchTask), plan, seq);

    /// <summary>用户 {0} 不存在</summary>
    public static AppMessage NoSuchUser(object? name) => new(nameof(NoSuchUser), name);

    /// <summary>{0} 在 {1} 没有生效的管控单元图层（先用 zoning import 导入）</summary>
    public static AppMessage NoUnitLayerInForce(object? jurisdiction, object? date) => new(nameof(NoUnitLayerInForce), jurisdiction, date);

    /// <summary>{0} 没有生效的管控单元图层（所有图层版本的生效日期都晚于研判日期，或尚未导入）</summary>
    public static AppMessage NoUnitLayerInForceOnDay(object? date) => new(nameof(NoUnitLayerInForceOnDay), date);

    /// <summary>{0} {1} 在 {2} 没有生效的版本</summary>
    public static AppMessage NoVersionInForceOn(object? kind, object? code, object? day) => new(nameof(NoVersionInForceOn), kind, code, day);

    /// <summary>用户 {0}（{1}）无权{2}</summary>
    public static AppMessage NotAllowed(object? userName, object? role, AppMessage what, object? action) => new(nameof(NotAllowed), userName, role, what, action);

    /// <summary>备份文件的条目 {0}：不是 EcoGov 备份</summary>
    public static AppMessage NotEcoGovBackupManifest(object? manifestEntry) => new(nameof(NotEcoGovBackupManifest), manifestEntry);

    /// <summary>{0} 不是“规划编号/序号”（如 chengqu-2023-air/15）</summary>
    public static AppMessage NotPlanSeq(object? text) => new(nameof(NotPlanSeq), text);

    /// <summary>本期未报是否预警须为 yes 或 no（是 / 否）</summary>
    public static AppMessage NotReportedWarnsYesOrNo() => new(nameof(NotReportedWarnsYesOrNo));

    /// <summary>状态为未启动时完成百分比须为 0</summary>
    public static AppMessage NotStartedTaskPercent() => new(nameof(NotStartedTaskPercent));

    /// <summary>{0} 不是 {1} 期（{2}）的预警对象；本期对象：{3}</summary>
    public static AppMessage NotWarningCandidateForPeriod(object? name, object? period, object? asOf, object? unit) => new(nameof(NotWarningCandidateForPeriod), name, period, asOf, unit);

    /// <summary>“{0}”不是 .xlsx 文件；请上传“导出模板”得到的工作簿</summary>
    public static AppMessage NotXlsxFile(object? fileName) => new(nameof(NotXlsxFile), fileName);

    /// <summary>{0} 不是 zip 文件</summary>
    public static AppMessage NotZipArchive(object? source) => new(nameof(NotZipArchive), source);

    /// <summary>只有重点工程填报完成投资</summary>
    public static AppMessage OnlyProjectsReportInvestment() => new(nameof(OnlyProjectsReportInvestment));

    /// <summary>预警函 {0} {1}：只有已回复的预警函可以销号或退回</summary>
    public static AppMessage OnlyRepliedLetterCanBeClosed(object? number, object? state) => new(nameof(OnlyRepliedLetterCanBeClosed), number, state);

    /// <summary>我的任务只对部门填报员开放</summary>
    public static AppMessage OnlyReportersHaveTasksToReport() => new(nameof(OnlyReportersHaveTasksToReport));

    /// <summary>须指定输出文件</summary>
    public static AppMessage OutFileRequired() => new(nameof(OutFileRequired));

    /// <summary>约谈的逾期任务数须为 1–100 的整数</summary>
    public static AppMessage OverdueTasksForInterviewOutOfRange() => new(nameof(OverdueTasksForInterviewOutOfRange));

    /// <summary>密码须包含小写字母、大写字母、数字、符号中的至少三类</summary>
    public static AppMessage PasswordClasses() => new(nameof(PasswordClasses));

    /// <summary>密码不得包含用户名</summary>
    public static AppMessage PasswordContainsUserName() => new(nameof(PasswordContainsUserName));

    /// <summary>密码长度须为 {0}–128 个字符</summary>
    public static AppMessage PasswordLength(object? minLength) => new(nameof(PasswordLength), minLength);

    /// <summary>完成百分比须为 0–100 的整数</summary>
    public static AppMessage PercentMustBeInteger() => new(nameof(PercentMustBeInteger));

    /// <summary>填报期 {0} 尚未开始</summary>
    public static AppMessage PeriodHasNotStarted(object? period) => new(nameof(PeriodHasNotStarted), period);

    /// <summary>填报期 {0} 早于规划印发日期 {1}</summary>
    public static AppMessage PeriodIsBeforePlanWasIssued(object? period, object? issued) => new(nameof(PeriodIsBeforePlanWasIssued), period, issued);

    /// <summary>须指定填报期（yyyy-MM）</summary>
    public static AppMessage PeriodIsRequiredYyyyMM() => new(nameof(PeriodIsRequiredYyyyMM));

    /// <summary>填报期 {0} 须为 yyyy-MM（如 2023-06）</summary>
    public static AppMessage PeriodMustBeYyyyMM(object? text) => new(nameof(PeriodMustBeYyyyMM), text);

    /// <summary>时段起始 {0} 晚于终止 {1}（请核对起止日期与数据范围）</summary>
    public static AppMessage PeriodStartsAfterEnd(object? from, object? to) => new(nameof(PeriodStartsAfterEnd), from, to);

    /// <summary>规划 {0} 没有 {1} 年的全年空气质量目标或断面水质目标</summary>
    public static AppMessage PlanHasNoAnnualTargets(object? plan, object? year) => new(nameof(PlanHasNoAnnualTargets), plan, year);

    /// <summary>规划 {0} 没有规划期，无法确定中期或终期年份，请指定年份</summary>
    public static AppMessage PlanHasNoPeriodGiveYear(object? plan) => new(nameof(PlanHasNoPeriodGiveYear), plan);

    /// <summary>须指定规划编号</summary>
    public static AppMessage PlanIdIsRequired() => new(nameof(PlanIdIsRequired));

    /// <summary>须指定规划编号</summary>
    public static AppMessage PlanIdRequired() => new(nameof(PlanIdRequired));

    /// <summary>须填写进展情况</summary>
    public static AppMessage ProgressTextIsRequired() => new(nameof(ProgressTextIsRequired));

    /// <summary>进展情况至多 {0} 字，且不含控制字符</summary>
    public static AppMessage ProgressTextTooLong(object? textChars) => new(nameof(ProgressTextTooLong), textChars);

    /// <summary>年份须在 {0}—{1} 之间，收到 {2}</summary>
    public static AppMessage ProgressYearOutOfRange(object? minYear, object? maxYear, object? year) => new(nameof(ProgressYearOutOfRange), minYear, maxYear, year);

    /// <summary>发布数据文件有误： {0}</summary>
    public static AppMessage ReleaseFileErrors(string lines) => new(nameof(ReleaseFileErrors), lines);

    /// <summary>全国发布数据只能按 {0} 导入</summary>
    public static AppMessage ReleaseKindNotAirHourly(object? airHourly) => new(nameof(ReleaseKindNotAirHourly), airHourly);

    /// <summary>文件中没有数据行</summary>
    public static AppMessage ReleaseNoDataRows() => new(nameof(ReleaseNoDataRows));

    /// <summary>行政区划代码“{0}”不存在</summary>
    public static AppMessage ReleaseUnknownJurisdiction(object? jurisdiction) => new(nameof(ReleaseUnknownJurisdiction), jurisdiction);

    /// <summary>整改回复期限须在今天（{0}）至 {1} 天内</summary>
    public static AppMessage ReplyDeadlineOutOfRange(object? today, object? maxReplyDays) => new(nameof(ReplyDeadlineOutOfRange), today, maxReplyDays);

    /// <summary>须指定报告编号</summary>
    public static AppMessage ReportIdIsRequired() => new(nameof(ReportIdIsRequired));

    /// <summary>本部门 {0} 期已有待审核的报告 #{1}，审核退回后方可修改</summary>
    public static AppMessage ReportOfThisPeriodAwaitsReview(object? periodText, object? previous) => new(nameof(ReportOfThisPeriodAwaitsReview), periodText, previous);

    /// <summary>本部门 {0} 期的报告刚由他人提交，请刷新后再看</summary>
    public static AppMessage ReportSubmittedMeanwhile(object? periodText) => new(nameof(ReportSubmittedMeanwhile), periodText);

    /// <summary>报告 #{0} 已审核（{1}），不能再审核</summary>
    public static AppMessage ReportWasAlreadyReviewed(object? id, object? review) => new(nameof(ReportWasAlreadyReviewed), id, review);

    /// <summary>报告 #{0} 已被他人审核</summary>
    public static AppMessage ReportWasReviewedMeanwhile(object? id) => new(nameof(ReportWasReviewedMeanwhile), id);

    /// <summary>填报员须指定所属部门</summary>
    public static AppMessage ReporterNeedsDepartment() => new(nameof(ReporterNeedsDepartment));

    /// <summary>时间分辨率须为 hour 或 day，收到“{0}”</summary>
    public static AppMessage ResolutionMustBeHourOrDay(object? resolution) => new(nameof(ResolutionMustBeHourOrDay), resolution);

    /// <summary>目标 {0} 不是空的（已有数据：{1}{2}）；恢复只写入空库，未写入任何数据</summary>
    public static AppMessage RestoreTargetNotEmpty(object? db, object? take, object? occupied) => new(nameof(RestoreTargetNotEmpty), db, take, occupied);

    /// <summary>退回须说明理由</summary>
    public static AppMessage ReturnNeedsComment() => new(nameof(ReturnNeedsComment));

    /// <summary>审核意见至多 {0} 字</summary>
    public static AppMessage ReviewCommentTooLong(object? commentChars) => new(nameof(ReviewCommentTooLong), commentChars);

    /// <summary>字段角色“{0}”指定了两次</summary>
    public static AppMessage RoleGivenTwice(object? role) => new(nameof(RoleGivenTwice), role);

    /// <summary>角色须为以下之一：{0}</summary>
    public static AppMessage RoleMustBeOneOf(object? r) => new(nameof(RoleMustBeOneOf), r);

    /// <summary>备份文件的条目 {0}：SHA-256 与清单不符（文件已损坏或被修改）</summary>
    public static AppMessage SHADiffersFromManifest(object? name) => new(nameof(SHADiffersFromManifest), name);

    /// <summary>{0}数据一次最多 {1} 天，所选时段 {2} 天</summary>
    public static AppMessage SeriesRangeTooLong(object? hour, object? max, object? days, object? resolution) => new(nameof(SeriesRangeTooLong), hour, max, days, resolution);

    /// <summary>督办设置刚被他人修改，请刷新后重试</summary>
    public static AppMessage SettingsChangedMeanwhile() => new(nameof(SettingsChangedMeanwhile));

    /// <summary>选址只能以一种方式给出（坐标文本或 GeoJSON、点位、文件之一）</summary>
    public static AppMessage SiteGivenTwice() => new(nameof(SiteGivenTwice));

    /// <summary>选址不在任何于 {0} 生效的管控单元图层范围内</summary>
    public static AppMessage SiteInNoUnitLayer(object? date) => new(nameof(SiteInNoUnitLayer), date);

    /// <summary>选址：{0}</summary>
    public static AppMessage SiteInvalid(string error) => new(nameof(SiteInvalid), AppMessage.Embed(error));

    /// <summary>选址：{0} — an engine's refusal (<see cref="AppMessage.Verbatim(EcoGov.Core.Text.Message)"/>), rendered in the reader's language.</summary>
    public static AppMessage SiteInvalid(AppMessage error) => new(nameof(SiteInvalid), AppMessage.Embed(error));

    /// <summary>须给出选址：坐标文本（每行 经度,纬度）、GeoJSON、点位或选址文件</summary>
    public static AppMessage SiteRequired() => new(nameof(SiteRequired));

    /// <summary>备份文件的条目 {0}：大小 {1} 与清单 {2} 不符</summary>
    public static AppMessage SizeDiffersFromManifest(object? name, object? entry, object? bytes) => new(nameof(SizeDiffersFromManifest), name, entry, bytes);

    /// <summary>须选择评价标准：{0}</summary>
    public static AppMessage StandardRequired(object? acceptedStandards) => new(nameof(StandardRequired), acceptedStandards);

    /// <summary>须指定站点</summary>
    public static AppMessage StationIsRequired() => new(nameof(StationIsRequired));

    /// <summary>数据库 {0} 不是当前版本的结构（已应用 {1}/{2} 个迁移），请先运行 ./ecogov migrate</summary>
    public static AppMessage StoreSchemaOutdated(object? db, object? applied, object? known) => new(nameof(StoreSchemaOutdated), db, applied, known);

    /// <summary>备份文件的条目 {0}：表与本程序不一致：{1}</summary>
    public static AppMessage TablesDiffer(object? manifestEntry, object? take) => new(nameof(TablesDiffer), manifestEntry, take);

    /// <summary>{0}评估年份为 {1} 年，与指定的 {2} 年不一致</summary>
    public static AppMessage TermAndYearDisagree(object? termName, object? termYear, object? year) => new(nameof(TermAndYearDisagree), termName, termYear, year);

    /// <summary>评估阶段须为 mid（中期）或 end（终期），收到“{0}”</summary>
    public static AppMessage TermMustBeMidOrEnd(object? term) => new(nameof(TermMustBeMidOrEnd), term);

    /// <summary>须填写{0}</summary>
    public static AppMessage TextRequired(AppMessage label, string field) => new(nameof(TextRequired), label, field);

    /// <summary>{0}至多 {1} 字，且不含控制字符</summary>
    public static AppMessage TextTooLong(AppMessage label, int max) => new(nameof(TextTooLong), label, max);

    /// <summary>本部门 {0} 期的报告 #{1} 已采纳</summary>
    public static AppMessage ThisPeriodReportIsAlreadyAccepted(object? periodText, object? previous) => new(nameof(ThisPeriodReportIsAlreadyAccepted), periodText, previous);

    /// <summary>须指定终止日期</summary>
    public static AppMessage ToIsRequired() => new(nameof(ToIsRequired));

    /// <summary>终止年份 {0} 早于起始年份 {1}</summary>
    public static AppMessage ToYearBeforeFromYear(object? to, object? from) => new(nameof(ToYearBeforeFromYear), to, from);

    /// <summary>备份文件有 {0} 个条目，超过上限 {1}</summary>
    public static AppMessage TooManyEntries(object? entries, object? maxEntries) => new(nameof(TooManyEntries), entries, maxEntries);

    /// <summary>备份文件含不认识的条目 {0}（不是本程序写出的备份，或路径不安全）</summary>
    public static AppMessage UnexpectedEntryName(object? name) => new(nameof(UnexpectedEntryName), name);

    /// <summary>须指定预警对象单位</summary>
    public static AppMessage UnitIsRequired() => new(nameof(UnitIsRequired));

    /// <summary>未知字段角色“{0}”，可用：{1}</summary>
    public static AppMessage UnknownColumnRole(object? role, object? label) => new(nameof(UnknownColumnRole), role, label);

    /// <summary>对比标准须为 {0} 之一，收到“{1}”</summary>
    public static AppMessage UnknownCompareStandard(object? acceptedStandards, object? compare) => new(nameof(UnknownCompareStandard), acceptedStandards, compare);

    /// <summary>未知数据类型 {0}（应为 {1}）</summary>
    public static AppMessage UnknownDataKind(object? kind, object? names) => new(nameof(UnknownDataKind), kind, names);

    /// <summary>未收录行政区划代码 {0}</summary>
    public static AppMessage UnknownJurisdiction(object? code) => new(nameof(UnknownJurisdiction), code);

    /// <summary>行政区划代码“{0}”不存在</summary>
    public static AppMessage UnknownJurisdictionCode(object? code) => new(nameof(UnknownJurisdictionCode), code);

    /// <summary>未知图层“{0}”。可用：{1}</summary>
    public static AppMessage UnknownLayer(object? layer, object? k) => new(nameof(UnknownLayer), layer, k);

    /// <summary>没有编号为“{0}”的规划。可用：{1}</summary>
    public static AppMessage UnknownPlanId(object? id, object? p) => new(nameof(UnknownPlanId), id, p);

    /// <summary>用户 {0} 的角色“{1}”无效</summary>
    public static AppMessage UnknownRole(object? userName, object? role) => new(nameof(UnknownRole), userName, role);

    /// <summary>没有编号为“{0}”的种子文档。可用：{1}</summary>
    public static AppMessage UnknownSeedDocument(object? document, object? d) => new(nameof(UnknownSeedDocument), document, d);

    /// <summary>评价标准须为 {0} 之一，收到“{1}”</summary>
    public static AppMessage UnknownStandardName(object? acceptedStandards, object? standard) => new(nameof(UnknownStandardName), acceptedStandards, standard);

    /// <summary>库中没有站点 {0}；已有：{1}</summary>
    public static AppMessage UnknownStationStored(object? code, object? list) => new(nameof(UnknownStationStored), code, list);

    /// <summary>库中没有站点 {0}；已有：{1}</summary>
    public static AppMessage UnknownStations(object? toList, object? known) => new(nameof(UnknownStations), toList, known);

    /// <summary>进展状态须为 未启动 / 推进中 / 已完成 / 受阻（或 notStarted, inProgress, completed, blocked）</summary>
    public static AppMessage UnknownStatus() => new(nameof(UnknownStatus));

    /// <summary>备份文件的条目 {0} 无法读取：{1}</summary>
    public static AppMessage UnreadableManifest(object? manifestEntry, object? message) => new(nameof(UnreadableManifest), manifestEntry, message);

    /// <summary>备份文件的条目 {0}：文件条目名不安全：{1}</summary>
    public static AppMessage UnsafeFileEntry(object? manifestEntry, object? entry) => new(nameof(UnsafeFileEntry), manifestEntry, entry);

    /// <summary>备份文件的条目 {0}：格式版本 {1}，本程序读取版本 {2}</summary>
    public static AppMessage UnsupportedFormatVersion(object? manifestEntry, object? formatVersion, object? formatVersion2) => new(nameof(UnsupportedFormatVersion), manifestEntry, formatVersion, formatVersion2);

    /// <summary>须指定所属行政区</summary>
    public static AppMessage UserJurisdictionRequired() => new(nameof(UserJurisdictionRequired));

    /// <summary>用户名须为 2–32 个小写字母、数字或 . _ -</summary>
    public static AppMessage UserNameInvalid() => new(nameof(UserNameInvalid));

    /// <summary>用户名 {0} 已存在</summary>
    public static AppMessage UserNameIsTaken(object? userName) => new(nameof(UserNameIsTaken), userName);

    /// <summary>用户不存在</summary>
    public static AppMessage UserNotFound() => new(nameof(UserNotFound));

    /// <summary>须指定{0}</summary>
    public static AppMessage ValueRequired(object? label, object? field) => new(nameof(ValueRequired), label, field);

    /// <summary>{0}</summary>
    public static AppMessage Verbatim(string text) => AppMessage.Verbatim(text);

    /// <summary>版本 {0} 属于 {1} {2}，不是 {3} {4}</summary>
    public static AppMessage VersionBelongsToAnotherLayer(object? id, object? layer, object? jurisdictionCode, object? kind, object? code) => new(nameof(VersionBelongsToAnotherLayer), id, layer, jurisdictionCode, kind, code);

    /// <summary>须给出版本 id</summary>
    public static AppMessage VersionIdIsRequired() => new(nameof(VersionIdIsRequired));

    /// <summary>版本 {0}（{1}）与 {2}（{3}）不是同一图层</summary>
    public static AppMessage VersionsOfDifferentLayers(object? from, object? layer, object? to, object? layer2) => new(nameof(VersionsOfDifferentLayers), from, layer, to, layer2);

    /// <summary>须指定工作簿文件（.xlsx）</summary>
    public static AppMessage WorkbookFileIsRequired() => new(nameof(WorkbookFileIsRequired));

    /// <summary>备份文件的条目 {0}：表 {1} 的条目名不对</summary>
    public static AppMessage WrongEntryForTable(object? manifestEntry, object? t) => new(nameof(WrongEntryForTable), manifestEntry, t);

    /// <summary>{0} 年尚未开始，不能录入实际值</summary>
    public static AppMessage YearHasNotBegun(object? year) => new(nameof(YearHasNotBegun), year);

    /// <summary>须指定年份</summary>
    public static AppMessage YearIsRequired() => new(nameof(YearIsRequired));

    /// <summary>年份须为 {0}—{1} 之间的整数，收到“{2}”</summary>
    public static AppMessage YearMustBeWholeNumberFrom(object? minYear, object? maxYear, object? value) => new(nameof(YearMustBeWholeNumberFrom), minYear, maxYear, value);

    /// <summary>须指定评估年份（或评估阶段 mid / end）</summary>
    public static AppMessage YearOrTermIsRequired() => new(nameof(YearOrTermIsRequired));

    /// <summary>{0}须为 {1}–{2} 的年份，收到“{3}”</summary>
    public static AppMessage YearOutOfRange(object? label, object? minYear, object? maxYear, object? value, object? field) => new(nameof(YearOutOfRange), label, minYear, maxYear, value, field);

    /// <summary>年份应为 2021-2023 或 2022 的形式（2000–2100），收到“{0}”</summary>
    public static AppMessage YearsInvalid(object? text) => new(nameof(YearsInvalid), text);

    /// <summary>不能停用自己的账户</summary>
    public static AppMessage YouCannotDisableYourOwnAccount() => new(nameof(YouCannotDisableYourOwnAccount));

    /// <summary>输入文件无数据：{0}</summary>
    public static AppMessage InputFileHasNoData(object? path) => new(nameof(InputFileHasNoData), path);

    /// <summary>输入文件没有数据行：{0}</summary>
    public static AppMessage InputFileHasNoRows(object? path) => new(nameof(InputFileHasNoRows), path);

    /// <summary>输入文件没有 {0} 年的数据行：{1}</summary>
    public static AppMessage InputFileHasNoRowsOfYear(object? year, object? path) => new(nameof(InputFileHasNoRowsOfYear), year, path);

    /// <summary>{0}：断面进度需要 section（断面）与 date（采样日期）列</summary>
    public static AppMessage SectionProgressNeedsColumns(object? path) => new(nameof(SectionProgressNeedsColumns), path);

    /// <summary>{0}：第 {1} 行，列 type：断面“{2}”在第 {3} 行为另一种水体类型</summary>
    public static AppMessage SectionWaterBodyKindDiffers(object? path, object? row, object? section, object? firstRow) => new(nameof(SectionWaterBodyKindDiffers), path, row, section, firstRow);

    /// <summary>输入文件有误：{0}： {1}</summary>
    public static AppMessage BadInputFile(object? path, object? problems) => new(nameof(BadInputFile), path, problems);

    /// <summary>种子文档目录不存在：{0}</summary>
    public static AppMessage SeedDocumentFolderNotFound(object? folder) => new(nameof(SeedDocumentFolderNotFound), folder);

    /// <summary>缺少种子文档 {0}_*.txt（{1}）</summary>
    public static AppMessage SeedDocumentMissing(object? document, object? folder) => new(nameof(SeedDocumentMissing), document, folder);

    /// <summary>请以 multipart/form-data 上传文件</summary>
    public static AppMessage UploadFileAsMultipart() => new(nameof(UploadFileAsMultipart));

    /// <summary>请以 multipart/form-data 上传工作簿</summary>
    public static AppMessage UploadWorkbookAsMultipart() => new(nameof(UploadWorkbookAsMultipart));

    /// <summary>请以 multipart/form-data 提交</summary>
    public static AppMessage SubmitAsMultipart() => new(nameof(SubmitAsMultipart));

    /// <summary>上传内容超过 {0} MB 或格式有误</summary>
    public static AppMessage UploadTooLargeOrMalformed(int megabytes) => new(nameof(UploadTooLargeOrMalformed), megabytes);

    /// <summary>请上传发布数据文件（.csv 或 .zip）</summary>
    public static AppMessage ReleaseFileRequired() => new(nameof(ReleaseFileRequired));

    /// <summary>请上传规划工作簿（.xlsx）</summary>
    public static AppMessage PlanWorkbookUploadRequired() => new(nameof(PlanWorkbookUploadRequired));

    /// <summary>未登录</summary>
    public static AppMessage NotSignedIn() => new(nameof(NotSignedIn));

    /// <summary>请求体须为 JSON 对象</summary>
    public static AppMessage BodyMustBeJsonObject() => new(nameof(BodyMustBeJsonObject));

    /// <summary>未知字段“{0}”；可用：{1}</summary>
    public static AppMessage UnknownBodyField(string name, string known) => new(nameof(UnknownBodyField), name, known);

    /// <summary>site 须为 GeoJSON 对象或坐标文本</summary>
    public static AppMessage SiteMustBeGeoJsonOrText() => new(nameof(SiteMustBeGeoJsonOrText));

    /// <summary>{0}: 工作簿有 {1} 处错误，未保存任何内容</summary>
    public static AppMessage WorkbookRejected(string file, int errors) => new(nameof(WorkbookRejected), file, errors);

    /// <summary>{0}: 文件超过 {1} MB</summary>
    public static AppMessage UploadTooLarge(string file, long megabytes) => new(nameof(UploadTooLarge), file, megabytes);

    /// <summary>{0}: 上传不完整</summary>
    public static AppMessage UploadIncomplete(string file) => new(nameof(UploadIncomplete), file);

    /// <summary>事实“{0}”须为非负数值（{1}），收到“{2}”</summary>
    public static AppMessage FactMustBeNonNegative(string name, string? unit, string value, string key) => new(nameof(FactMustBeNonNegative), name, unit, value, key);

    /// <summary>请选择要导入的文件（zip 压缩的 Shapefile 或 .geojson）</summary>
    public static AppMessage ChooseLayerFile() => new(nameof(ChooseLayerFile));

    /// <summary>上传的文件已过期（保留 {0} 分钟）或不存在，请重新选择文件</summary>
    public static AppMessage UploadExpired(double minutes) => new(nameof(UploadExpired), minutes);

    /// <summary>图层版本 {0} 不存在</summary>
    public static AppMessage NoLayerVersion(long id) => new(nameof(NoLayerVersion), id);

    /// <summary>{0}: 没有要素</summary>
    public static AppMessage LayerFileHasNoFeatures(string file) => new(nameof(LayerFileHasNoFeatures), file);

    /// <summary>该规划未写明预警规则，按城政办发〔2023〕20号 保障措施的规则（002 第 110 行）研判</summary>
    public static AppMessage WarningRuleNotStated => new(nameof(WarningRuleNotStated));

    /// <summary>预警规则见原文 {0} 第 {1} 行：{2}</summary>
    public static AppMessage WarningRuleStated(string document, int line, string condition) => new(nameof(WarningRuleStated), document, line, condition);

    /// <summary>上期（{0}）规划尚未施行（{1} 印发），不计连续预警</summary>
    public static AppMessage PreviousPeriodNotInForce(string period, string issued) => new(nameof(PreviousPeriodNotInForce), period, issued);

    /// <summary>库中没有该行政区 {0} 年的空气监测数据，未评价空气目标</summary>
    public static AppMessage NoAirDataTargetsNotEvaluated(int year) => new(nameof(NoAirDataTargetsNotEvaluated), year);

    /// <summary>库中没有该行政区 {0} 年的水质监测数据，未评价断面目标</summary>
    public static AppMessage NoWaterDataTargetsNotEvaluated(int year) => new(nameof(NoWaterDataTargetsNotEvaluated), year);

    /// <summary>该规划没有空气或断面水质目标，只研判任务</summary>
    public static AppMessage PlanHasNoTargetsTasksOnly => new(nameof(PlanHasNoTargetsTasksOnly));

    /// <summary>{0}尚无 {1} 年在期的规划收录于平台</summary>
    public static AppMessage NoPlanInForce(string jurisdiction, int year) => new(nameof(NoPlanInForce), jurisdiction, year);

    /// <summary>暂无断面监测数据：库中没有 {0} 年水质断面目标所列断面的监测样品（先导入水质监测数据）</summary>
    public static AppMessage NoWaterSamplesForTargets(int year) => new(nameof(NoWaterSamplesForTargets), year);

    /// <summary>在期规划中没有标为约束性的指标</summary>
    public static AppMessage NoBindingIndicators => new(nameof(NoBindingIndicators));

    /// <summary>库中没有 {0} {1} 年 1 月 1 日至 {2} 的空气监测小时数据（先导入监测数据）</summary>
    public static AppMessage NoAirDataYearSoFar(string jurisdiction, int year, string asOf) => new(nameof(NoAirDataYearSoFar), jurisdiction, year, asOf);

    /// <summary>库中没有上年同期（{0} 年）的空气监测数据，不作同比</summary>
    public static AppMessage NoAirDataYearBefore(int year) => new(nameof(NoAirDataYearBefore), year);

    /// <summary>{0} 年在期规划中没有空气质量月度/年度目标，月度数值不作比较</summary>
    public static AppMessage NoAirTargetsForYear(int year) => new(nameof(NoAirTargetsForYear), year);

    /// <summary>示意数据：空气质量小时数据由 EcoGov 生成（站点代码以 DEMO- 开头），仅供演示，不是监测数据；导入真实监测数据后应以真实数据为准</summary>
    public static AppMessage DemoAirNotice => new(nameof(DemoAirNotice));

    /// <summary>示意数据：水质断面样品由 EcoGov 生成（断面代码以 DEMO- 开头），仅供演示，不是监测数据</summary>
    public static AppMessage DemoWaterNotice => new(nameof(DemoWaterNotice));

    /// <summary>与已存数据冲突 {0} 行</summary>
    public static AppMessage DemoConflicts(int rows) => new(nameof(DemoConflicts), rows);

    /// <summary>行政区不存在</summary>
    public static AppMessage DemoNoSuchJurisdiction => new(nameof(DemoNoSuchJurisdiction));

    /// <summary>该行政区已有导入的监测数据</summary>
    public static AppMessage DemoJurisdictionHasImportedData => new(nameof(DemoJurisdictionHasImportedData));

    /// <summary>截至 {0}：已过 {1} 天，剩余 {2} 天；假定剩余各日数据均有效（均值目标另给按当前有效日比例的结果）；城市日均值为各站有效日均值的算术平均，数据有效性按 GB 3095 表4 / HJ 663-2013，评价标准 {3}</summary>
    public static AppMessage ForesightAssumption(string asOf, int daysSoFar, int daysLeft, string standard) => new(nameof(ForesightAssumption), asOf, daysSoFar, daysLeft, standard);

    /// <summary>断面水质不作全年预测（倒排为精确界限）</summary>
    public static AppMessage ForesightNoSectionProjection => new(nameof(ForesightNoSectionProjection));

    /// <summary>全年已结束，各项为全年实际值</summary>
    public static AppMessage ForesightYearComplete => new(nameof(ForesightYearComplete));

    /// <summary>库中没有往年同期数据，不作预测（basis none）；仅给出按月度目标与按当前进度的情形</summary>
    public static AppMessage ForesightNoPastYears => new(nameof(ForesightNoPastYears));

    /// <summary>预测按往年同期（{0} 年，共 {1} 年；各项计入的年份见 yearsUsed）：剩余 {2} 天取往年同日历日的城市日值，按本年水平校正（{3}）后与本年已有数据合成全年，按年度评价计算；value 为中位数，low–high 为 80% 预测区间（中位数 ± t(0.90, n−1) × 标准差 × √(1+1/n)，仅 1 年时不给），pMeet 为达标年份占比</summary>
    public static AppMessage ForesightProjectionBasis(string years, int count, int daysLeft, string levelRule) => new(nameof(ForesightProjectionBasis), years, count, daysLeft, levelRule);

    /// <summary>平台能按监测数据计算的指标以计算值为准，录入值不采用</summary>
    public static AppMessage ComputedValuesTakePrecedence => new(nameof(ComputedValuesTakePrecedence));

    /// <summary>库中没有 {0} {1} 年的空气监测小时数据，空气指标未计算（可录入实际值）</summary>
    public static AppMessage NoAirDataIndicatorsNotComputed(string jurisdiction, int year) => new(nameof(NoAirDataIndicatorsNotComputed), jurisdiction, year);

    /// <summary>平台未收录行政区划代码 {0}</summary>
    public static AppMessage JurisdictionNotInPlatform(string code) => new(nameof(JurisdictionNotInPlatform), code);

    /// <summary>规划 {0} 已存在；要用本工作簿替换其内容，请加 --replace（网页上勾选“替换已有规划”）</summary>
    public static AppMessage PlanExistsUseReplace(string planId) => new(nameof(PlanExistsUseReplace), planId);

    /// <summary>默认</summary>
    public static AppMessage SettingDefault => new(nameof(SettingDefault));

    /// <summary>佐证材料“{0}”</summary>
    public static AppMessage EvidenceFileNamed(string name) => new(nameof(EvidenceFileNamed), name);

    /// <summary>{0} 比声明的长</summary>
    public static AppMessage EntryLongerThanDeclared(string entry) => new(nameof(EntryLongerThanDeclared), entry);

    /// <summary>文件 {0}，站点小时 {1}，新存 {2}，未变 {3}，重复 {4}，辖区外跳过 {5} 行、{6} 站，不合格 {7}</summary>
    public static AppMessage ReleaseImportSummary(int files, int rows, int stored, int unchanged, int duplicates, int skippedRows, int skippedStations, int rejected) => new(nameof(ReleaseImportSummary), files, rows, stored, unchanged, duplicates, skippedRows, skippedStations, rejected);

    /// <summary>{0}（含下级行政区）尚无空气监测站点或水质断面</summary>
    public static AppMessage NoStationsOrSections(string jurisdiction) => new(nameof(NoStationsOrSections), jurisdiction);
}
