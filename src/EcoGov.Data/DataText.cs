using System.Resources;
using EcoGov.Core.Text;

namespace EcoGov.Data;

/// <summary>
/// The persistence layer's message catalogue, typed: one member per entry of <c>Resources/DataText.resx</c> (Chinese, the
/// neutral resource) and <c>DataText.en.resx</c>, named by its key and taking the values of its numbered placeholders in
/// order. What the store refuses (a seed file, a backup snapshot's row, a database or disk fault) is an exception whose
/// <c>Text</c> is a <see cref="Message"/> made here and whose message is its bilingual line
/// (<see cref="Message.Bilingual"/>); the application layer renders it in one language. To add a message: a member here
/// and the entry in both files (same placeholders, no Chinese in English; a <c>KEY.Bilingual</c> entry in the neutral file
/// where the line is not the two texts joined).
/// </summary>
public static class DataText
{
    /// <summary>The catalogue's resources.</summary>
    public static readonly ResourceManager Catalogue = new("EcoGov.Data.Resources.DataText", typeof(DataText).Assembly);

    private static Message M(string key, params object?[] arguments) => new(Catalogue, key, arguments);

    /// <summary>种子数据文件有误</summary>
    public static Message BadSeedFile() => M(nameof(BadSeedFile));

    /// <summary>{0}: {1}，位置 {2}：{3}</summary>
    public static Message SeedFileProblem(string file, string location, Message problem) => M(nameof(SeedFileProblem), Message.Embed(BadSeedFile()), file, location, Message.Embed(problem));

    /// <summary>文档编号为空</summary>
    public static Message EmptyDocumentId() => M(nameof(EmptyDocumentId));

    /// <summary>规划编号为空</summary>
    public static Message EmptyPlanId() => M(nameof(EmptyPlanId));

    /// <summary>规划编号{0}重复</summary>
    public static Message DuplicatePlanId(string plan) => M(nameof(DuplicatePlanId), plan);

    /// <summary>行政区划代码{0}不在 jurisdictions.json 中</summary>
    public static Message JurisdictionNotInFile(string code) => M(nameof(JurisdictionNotInFile), code);

    /// <summary>规划期起始年晚于结束年</summary>
    public static Message PeriodStartsAfterEnd() => M(nameof(PeriodStartsAfterEnd));

    /// <summary>行政区划代码{0}未知</summary>
    public static Message UnknownJurisdiction(string code) => M(nameof(UnknownJurisdiction), code);

    /// <summary>规则原文为空</summary>
    public static Message EmptyRuleText() => M(nameof(EmptyRuleText));

    /// <summary>触发条件为空</summary>
    public static Message EmptyCondition() => M(nameof(EmptyCondition));

    /// <summary>规划{0}没有序号为{1}的任务</summary>
    public static Message NoSuchTask(string plan, int seq) => M(nameof(NoSuchTask), plan, seq);

    /// <summary>单位{0}已是该任务的责任单位</summary>
    public static Message UnitAlreadyOnTask(string unit) => M(nameof(UnitAlreadyOnTask), unit);

    /// <summary>规划编号{0}不在本文件的 plans 中</summary>
    public static Message PlanNotDeclared(string plan) => M(nameof(PlanNotDeclared), plan);

    /// <summary>序号{0}在规划{1}中重复</summary>
    public static Message DuplicateSeq(int seq, string plan) => M(nameof(DuplicateSeq), seq, plan);

    /// <summary>记录 {0} 重复</summary>
    public static Message DuplicateRecord(string record) => M(nameof(DuplicateRecord), record);

    /// <summary>缺少来源</summary>
    public static Message MissingProvenance() => M(nameof(MissingProvenance));

    /// <summary>来源文档{0}不是本文件的文档{1}</summary>
    public static Message ProvenanceOtherDocument(string document, string thisDocument) => M(nameof(ProvenanceOtherDocument), document, thisDocument);

    /// <summary>来源章节为空</summary>
    public static Message EmptySection() => M(nameof(EmptySection));

    /// <summary>来源行号必须≥1</summary>
    public static Message LineAtLeastOne() => M(nameof(LineAtLeastOne));

    /// <summary>表 {0} 第 {1} 行：{2}</summary>
    public static Message SnapshotRowProblem(string table, long line, Message problem) => M(nameof(SnapshotRowProblem), table, line, problem);

    /// <summary>列 {0}：{1}</summary>
    public static Message SnapshotColumnProblem(string column, Message problem) => M(nameof(SnapshotColumnProblem), column, problem);

    /// <summary>不是 JSON 数组：{0}</summary>
    public static Message NotJsonArray(string detail) => M(nameof(NotJsonArray), detail);

    /// <summary>应为 {0} 个值的数组</summary>
    public static Message ExpectedArrayOfValues(int count) => M(nameof(ExpectedArrayOfValues), count);

    /// <summary>行过长</summary>
    public static Message LineTooLong() => M(nameof(LineTooLong));

    /// <summary>不能为空</summary>
    public static Message MustNotBeNull() => M(nameof(MustNotBeNull));

    /// <summary>值无法读取：{0}</summary>
    public static Message UnreadableValue(object detail) => M(nameof(UnreadableValue), detail);

    /// <summary>应为数组</summary>
    public static Message ExpectedArray() => M(nameof(ExpectedArray));

    /// <summary>应为字符串</summary>
    public static Message ExpectedString() => M(nameof(ExpectedString));

    /// <summary>表 {0} 出现两次</summary>
    public static Message TableTwice(string table) => M(nameof(TableTwice), table);

    /// <summary>缺少表 {0}</summary>
    public static Message TableMissing(string table) => M(nameof(TableMissing), table);

    /// <summary>表 {0} 的列重复</summary>
    public static Message DuplicateColumns(string table) => M(nameof(DuplicateColumns), table);

    /// <summary>表 {0} 缺少列 {1}</summary>
    public static Message ColumnMissing(string table, string column) => M(nameof(ColumnMissing), table, column);

    /// <summary>列 {0}.{1} 的类型为 {2}，应为 {3}</summary>
    public static Message ColumnTypeDiffers(string table, string column, string type, string expected) => M(nameof(ColumnTypeDiffers), table, column, type, expected);

    /// <summary>表 {0} 多出列 {1}</summary>
    public static Message UnknownColumn(string table, string column) => M(nameof(UnknownColumn), table, column);

    /// <summary>多出表 {0}</summary>
    public static Message UnknownTable(string table) => M(nameof(UnknownTable), table);

    /// <summary>数据库暂时无法连接：服务器未运行、正在重启或网络不通；本次未写入任何数据，请确认数据库已启动后稍后重试</summary>
    public static Message DatabaseUnavailable() => M(nameof(DatabaseUnavailable));

    /// <summary>数据库暂时无法连接（{0}）：服务器未运行、正在重启或网络不通；本次未写入任何数据，请确认数据库已启动后稍后重试</summary>
    public static Message DatabaseUnavailableAt(string where) => M(nameof(DatabaseUnavailableAt), where);

    /// <summary>磁盘空间不足，{0}未能保存；本次未保留任何部分文件或记录，请联系管理员清理磁盘后重试</summary>
    public static Message StorageFull(Message what) => M(nameof(StorageFull), what);

    /// <summary>文件</summary>
    public static Message AFile() => M(nameof(AFile));

    /// <summary>找不到 data/seed 目录（从 {0} 向上查找）；请设置 ECOGOV_HOME</summary>
    public static Message SeedDirectoryNotFound(string start) => M(nameof(SeedDirectoryNotFound), start);

    /// <summary>种子数据目录不存在</summary>
    public static Message SeedDirectoryMissing() => M(nameof(SeedDirectoryMissing));

    /// <summary>文件缺失</summary>
    public static Message SeedFileMissing() => M(nameof(SeedFileMissing));

    /// <summary>“{0}”不是6位行政区划代码</summary>
    public static Message NotASixDigitCode(string code) => M(nameof(NotASixDigitCode), code);

    /// <summary>名称为空</summary>
    public static Message EmptyJurisdictionName() => M(nameof(EmptyJurisdictionName));

    /// <summary>代码{0}重复</summary>
    public static Message DuplicateJurisdictionCode(string code) => M(nameof(DuplicateJurisdictionCode), code);

    /// <summary>上级代码{0}不存在</summary>
    public static Message UnknownParentCode(string parent) => M(nameof(UnknownParentCode), parent);

    /// <summary>内容为空</summary>
    public static Message EmptySeedDocument() => M(nameof(EmptySeedDocument));

    /// <summary>JSON 无法读取：{0}</summary>
    public static Message InvalidSeedJson(string reason) => M(nameof(InvalidSeedJson), reason);

    /// <summary>文档编号{0}与{1}重复</summary>
    public static Message DuplicateDocumentIdIn(string id, string other) => M(nameof(DuplicateDocumentIdIn), id, other);

    /// <summary>规划编号{0}已在{1}中出现</summary>
    public static Message PlanIdUsedTwice(string plan, string other) => M(nameof(PlanIdUsedTwice), plan, other);

    /// <summary>写入数据库失败：{0}</summary>
    public static Message CannotBeStored(string reason) => M(nameof(CannotBeStored), reason);

    /// <summary>行政区划</summary>
    public static Message JurisdictionsDocumentTitle() => M(nameof(JurisdictionsDocumentTitle));

    /// <summary>{0} {1} 正在被另一次导入写入新版本，请稍后重试；本次未写入任何数据</summary>
    public static Message LayerImportInProgress(string layer, string jurisdiction) => M(nameof(LayerImportInProgress), layer, jurisdiction);

    /// <summary>没有任何要求</summary>
    public static Message DemoNoRequirements() => M(nameof(DemoNoRequirements));

    /// <summary>unitCode、category、text 不能为空</summary>
    public static Message DemoRequirementFieldsRequired() => M(nameof(DemoRequirementFieldsRequired));

    /// <summary>“{0}”不是四类管控类别之一</summary>
    public static Message NotAnAccessListCategory(string category) => M(nameof(NotAnAccessListCategory), category);
}
