using System.Globalization;
using System.Text.RegularExpressions;
using EcoGov.Core;
using EcoGov.Core.Indicators;
using EcoGov.Core.Jurisdictions;
using EcoGov.Core.Plans;
using EcoGov.Core.Projects;
using EcoGov.Core.Tasks;
using EcoGov.Core.Text;
using EcoGov.Ingest.Monitoring;
using static EcoGov.Core.Plans.PlanWorkbookLayout;
using TextMessage = EcoGov.Core.Text.Message;

namespace EcoGov.Ingest.Plans;

/// <summary>
/// One problem of a workbook: the sheet, the 1-based row (0 for the sheet as a whole), the column's header (null when no
/// one column), the message — <see cref="Message"/> its bilingual line ("中文 / English"), <see cref="Text"/> the message
/// itself (<see cref="IngestText"/>; a text from elsewhere held verbatim).
/// </summary>
public sealed record PlanWorkbookError(string Sheet, int Row, string? Column, string Message)
{
    /// <summary>A problem with its message from a catalogue.</summary>
    public PlanWorkbookError(string sheet, int row, string? column, TextMessage text) : this(sheet, row, column, text.Bilingual) => Text = text;

    /// <summary>The message, to render in one language (<see cref="TextMessage.Format"/>) or as <see cref="Message"/>.</summary>
    public TextMessage Text { get; init; } = CoreText.Verbatim(Message);

    public override string ToString() =>
        (Row > 0 ? $"{Sheet} 第{Row}行" : Sheet) + (Column is null ? "" : $"「{Column}」") + "：" + Message;
}

/// <summary>
/// The workbook cannot be read at all (not an .xlsx, too large, unsafe zip, no 规划 sheet): <see cref="Text"/> says why,
/// naming the file; the exception's message is its bilingual line.
/// </summary>
public sealed class PlanWorkbookFileException(TextMessage text) : Exception(text.Bilingual)
{
    /// <summary>Why, naming the file (<see cref="IngestText.WorkbookFileProblem"/>).</summary>
    public TextMessage Text { get; } = text;
}

/// <summary>What reading a workbook gave: the plan when every row was good, otherwise null and every problem found.</summary>
/// <param name="PlanRows">The row of each field of the 规划 sheet, by its name (for a caller's error about a field).</param>
public sealed record PlanWorkbookRead(PlanWorkbookContent? Content, IReadOnlyList<PlanWorkbookError> Errors, IReadOnlyDictionary<string, int> PlanRows);

/// <summary>
/// Reads the template workbook (<see cref="PlanWorkbookWriter"/>) back into a plan. The file is bounded
/// (<see cref="PlanWorkbookLayout.MaxFileBytes"/>, <see cref="PlanWorkbookLayout.MaxRowsPerSheet"/> and the cell bounds of
/// <see cref="MonitoringTableReader"/>) and refused as a whole (<see cref="PlanWorkbookFileException"/>) when it is not an
/// .xlsx or has no 规划 sheet; otherwise every cell is checked and every problem collected with its sheet, row and column,
/// not just the first. Every record read carries <c>Provenance(documentId, sheet, row, 序号)</c>. Pure: no database; the
/// jurisdiction's existence and the plan id's novelty are the caller's to check.
/// </summary>
public static partial class PlanWorkbookReader
{
    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]$")]
    private static partial Regex PlanIdPattern();

    /// <summary>Whether a text is a plan id the platform accepts: lower-case letters, digits and hyphens, 3–64 characters.</summary>
    public static bool IsValidPlanId(string id) => PlanIdPattern().IsMatch(id);

    public static PlanWorkbookRead Read(string path, string documentId)
    {
        var info = new FileInfo(path);
        // The file's name as the messages show it, control characters made visible (it may be a user's upload name).
        var fileName = UserText.EscapeControls(Path.GetFileName(path));
        PlanWorkbookFileException FileProblem(TextMessage problem) => new(IngestText.WorkbookFileProblem(fileName, problem));
        if (!info.Exists) throw FileProblem(IngestText.FileNotFound());
        if (info.Length > MaxFileBytes) throw FileProblem(IngestText.WorkbookTooLarge(MaxFileBytes / 1024 / 1024, info.Length));
        if (!IsZip(path)) throw FileProblem(IngestText.NotXlsxWorkbook());
        IReadOnlyList<(string Name, MonitoringTable Table)> sheets;
        try
        {
            sheets = MonitoringTableReader.ReadXlsxSheets(path, MaxRowsPerSheet);
        }
        catch (MonitoringFileException e)
        {
            throw new PlanWorkbookFileException(CoreText.Verbatim(UserText.EscapeControls(e.Message.Replace(path, Path.GetFileName(path), StringComparison.Ordinal))));
        }
        var byName = new Dictionary<string, MonitoringTable>(StringComparer.Ordinal);
        foreach (var (name, table) in sheets) byName.TryAdd(name.Trim(), table);
        if (!byName.TryGetValue(PlanSheet, out var planTable))
            throw FileProblem(IngestText.NoPlanSheet(PlanSheet));

        var errors = new List<PlanWorkbookError>();
        var plan = ReadPlan(planTable, documentId, errors, out var planRows);
        var planYear = plan is { PeriodStart: { } s, PeriodEnd: { } e2 } && s == e2 ? s : (int?)null;
        var planId = plan?.Id ?? "";
        var indicators = ReadIndicators(Sheet(byName, IndicatorSheet, IndicatorColumns, errors), planId, documentId, errors, out var indicatorRows);
        ReadTargets(Sheet(byName, TargetSheet, TargetColumns, errors), indicators, indicatorRows, documentId, errors);
        var tasks = ReadTasks(Sheet(byName, TaskSheet, TaskColumns, errors), planId, planYear, documentId, errors);
        var projects = ReadProjects(Sheet(byName, ProjectSheet, ProjectColumns, errors), planId, documentId, errors);
        var air = ReadAir(Sheet(byName, AirSheet, AirColumns, errors), planId, documentId, errors);
        var sections = ReadSections(Sheet(byName, SectionSheet, SectionColumns, errors), planId, documentId, errors);
        if (errors.Count > 0 || plan is null) return new PlanWorkbookRead(null, errors, planRows);
        var built = indicators.Select(i => i.Build()).ToList();
        return new PlanWorkbookRead(new PlanWorkbookContent(plan, built, tasks, projects, air, sections), errors, planRows);
    }

    private static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var f = File.OpenRead(path);
        return f.Read(head) == 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4;
    }

    /// <summary>A data sheet with its header checked (a required column missing, a column twice); null when absent (an empty sheet).</summary>
    private static SheetRows? Sheet(Dictionary<string, MonitoringTable> byName, string name, IReadOnlyList<Column> columns, List<PlanWorkbookError> errors)
    {
        if (!byName.TryGetValue(name, out var table)) return null;
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < table.Header.Count; i++)
        {
            var h = table.Header[i].Trim();
            if (h.Length == 0) continue;
            if (!map.TryAdd(h, i)) { errors.Add(new(name, 1, h, IngestText.DuplicateHeader())); ok = false; }
        }
        foreach (var c in columns)
            if (c.Required && !map.ContainsKey(c.Header)) { errors.Add(new(name, 1, c.Header, IngestText.MissingThisColumn())); ok = false; }
        return ok ? new SheetRows(name, table, map) : null;
    }

    private sealed record SheetRows(string Name, MonitoringTable Table, Dictionary<string, int> Map);

    /// <summary>The cells of one row, read by column header, each problem added to the error list.</summary>
    private sealed class Cells(SheetRows sheet, MonitoringTableRow row, List<PlanWorkbookError> errors)
    {
        public int Row => row.Row;
        public int ErrorCount { get; private set; }

        public void Error(string? column, string message) => Error(column, CoreText.Verbatim(message));

        public void Error(string? column, TextMessage message)
        {
            errors.Add(new(sheet.Name, row.Row, column, message));
            ErrorCount++;
        }

        /// <summary>The trimmed text of a column (null when empty or the column is absent); a control character is refused.</summary>
        public string? Text(string column, bool required = false)
        {
            var raw = sheet.Map.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i].Trim() : "";
            if (raw.Length == 0)
            {
                if (required) Error(column, IngestText.Required());
                return null;
            }
            var bad = raw.IndexOfAny(['\0']) >= 0 || raw.Any(c => UserText.IsControl(c) && c is not ('\n' or '\r' or '\t'));
            if (bad)
            {
                Error(column, IngestText.ValueContainsControlCharacter(UserText.Quote(raw)));
                return null;
            }
            return raw;
        }

        /// <summary>Whether the column's cell holds anything.</summary>
        public bool Has(string column) => sheet.Map.TryGetValue(column, out var i) && i < row.Cells.Count && row.Cells[i].Trim().Length > 0;

        public int? Int(string column, bool required = false, int min = 0, int max = int.MaxValue)
        {
            var t = Text(column, required);
            if (t is null) return null;
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d >= min && d <= max)
                return (int)d;
            Error(column, IngestText.NotWholeNumberInRange(UserText.Quote(t), min, max));
            return null;
        }

        public int? Year(string column, bool required = false) => Int(column, required, 1900, 2100);

        public double? Double(string column, bool required = false)
        {
            var t = Text(column, required);
            if (t is null) return null;
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)) return d;
            Error(column, IngestText.NotANumberValue(UserText.Quote(t)));
            return null;
        }

        public decimal? Decimal(string column)
        {
            var t = Text(column);
            if (t is null) return null;
            if (decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
            Error(column, IngestText.NotANumberValue(UserText.Quote(t)));
            return null;
        }

        /// <summary>A date as yyyy-MM-dd (<see cref="CalendarDate"/>) or an Excel date serial (a date-formatted cell).</summary>
        public DateOnly? Date(string column, bool required = false)
        {
            var t = Text(column, required);
            if (t is null) return null;
            if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is >= 2 and <= 73050)
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            if (CalendarDate.TryParse(t, out var date, out var error)) return date;
            Error(column, error);
            return null;
        }

        public bool YesNo(string column)
        {
            var t = Text(column);
            if (t is null or No) return false;
            if (t == Yes) return true;
            Error(column, IngestText.ExpectedYesNo(UserText.Quote(t), Yes, No));
            return false;
        }

        public T? Kind<T>(string column, Func<T, string> name, bool required = false) where T : struct, Enum
        {
            var t = Text(column, required);
            if (t is null) return null;
            if (TryParseName(t, name, out var v)) return v;
            Error(column, IngestText.UnknownValue(UserText.Quote(t), Names(name)));
            return null;
        }
    }

    private static IEnumerable<Cells> Rows(SheetRows? sheet, List<PlanWorkbookError> errors) =>
        sheet is null ? [] : sheet.Table.Rows.Select(r => new Cells(sheet, r, errors));

    private static Plan? ReadPlan(MonitoringTable table, string documentId, List<PlanWorkbookError> errors, out Dictionary<string, int> rows)
    {
        var values = new Dictionary<string, (string Value, int Row)>(StringComparer.Ordinal);
        rows = [];
        var keyIndex = IndexOf(table.Header, PlanKeyHeader);
        var valueIndex = IndexOf(table.Header, PlanValueHeader);
        if (keyIndex < 0 || valueIndex < 0)
        {
            errors.Add(new(PlanSheet, 1, keyIndex < 0 ? PlanKeyHeader : PlanValueHeader, IngestText.MissingThisColumn()));
            return null;
        }
        foreach (var r in table.Rows)
        {
            var key = r.Cells[keyIndex].Trim();
            if (key.Length == 0) continue;
            if (PlanFields.All(f => f.Header != key)) { errors.Add(new(PlanSheet, r.Row, PlanKeyHeader, IngestText.UnknownField(UserText.Quote(key)))); continue; }
            rows.TryAdd(key, r.Row);
            if (!values.TryAdd(key, (r.Cells[valueIndex].Trim(), r.Row))) errors.Add(new(PlanSheet, r.Row, PlanKeyHeader, IngestText.GivenTwice(key)));
        }
        var before = errors.Count;
        string? Get(string key, bool required)
        {
            if (values.TryGetValue(key, out var v) && v.Value.Length > 0)
            {
                if (v.Value.Any(c => UserText.IsControl(c)))
                {
                    errors.Add(new(PlanSheet, v.Row, key, IngestText.ContainsControlCharacter()));
                    return null;
                }
                return v.Value;
            }
            if (required) errors.Add(new(PlanSheet, values.TryGetValue(key, out var e) ? e.Row : 0, key, IngestText.Required()));
            return null;
        }
        int RowOf(string key) => values.TryGetValue(key, out var v) ? v.Row : 0;
        int? Year(string key)
        {
            var t = Get(key, false);
            if (t is null) return null;
            if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100) return y;
            errors.Add(new(PlanSheet, RowOf(key), key, IngestText.NotAYear(UserText.Quote(t))));
            return null;
        }

        var id = Get(PlanId, true);
        if (id is not null && !IsValidPlanId(id))
            errors.Add(new(PlanSheet, RowOf(PlanId), PlanId, IngestText.InvalidPlanId(UserText.Quote(id))));
        var title = Get(PlanTitle, true);
        if (title is { Length: > 200 }) errors.Add(new(PlanSheet, RowOf(PlanTitle), PlanTitle, IngestText.TitleTooLong()));
        var code = Get(PlanJurisdiction, true);
        if (code is not null && !Jurisdiction.IsValidCode(code))
            errors.Add(new(PlanSheet, RowOf(PlanJurisdiction), PlanJurisdiction, IngestText.NotJurisdictionCode(UserText.Quote(code))));
        PlanKind? kind = null;
        if (Get(PlanKindField, true) is { } k)
        {
            if (TryParseName<PlanKind>(k, PlanKindName, out var pk)) kind = pk;
            else errors.Add(new(PlanSheet, RowOf(PlanKindField), PlanKindField, IngestText.UnknownPlanKind(UserText.Quote(k), Names<PlanKind>(PlanKindName))));
        }
        var docNumber = Get(PlanDocNumber, false);
        DateOnly? issued = null;
        if (Get(PlanIssued, false) is { } issuedText)
        {
            if (int.TryParse(issuedText, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is >= 2 and <= 73050)
                issued = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            else if (CalendarDate.TryParse(issuedText, out var d, out var error)) issued = d;
            else errors.Add(new(PlanSheet, RowOf(PlanIssued), PlanIssued, error));
        }
        var start = Year(PlanPeriodStart);
        var end = Year(PlanPeriodEnd);
        if (start is { } s && end is { } e && e < s)
            errors.Add(new(PlanSheet, RowOf(PlanPeriodEnd), PlanPeriodEnd, IngestText.EndsBeforeStart()));
        var baseYear = Year(PlanBaseYear);
        if (errors.Count > before || id is null || title is null || code is null || kind is null) return null;
        return new Plan(id, code, title, docNumber, issued, kind.Value, start, end, baseYear, Source(documentId, PlanSheet, RowOf(PlanId)));
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++) if (header[i].Trim() == name) return i;
        return -1;
    }

    /// <summary>An indicator being read: its row, and its targets and observed values as the 指标目标 sheet adds them.</summary>
    private sealed class IndicatorDraft(Indicator head)
    {
        public Indicator Head { get; } = head;
        public List<TargetValue> Targets { get; } = [];
        public List<ObservedValue> Observed { get; } = [];
        public Indicator Build() => Head with { Targets = [.. Targets], Observed = [.. Observed] };
    }

    private static List<IndicatorDraft> ReadIndicators(SheetRows? sheet, string planId, string documentId, List<PlanWorkbookError> errors, out Dictionary<int, IndicatorDraft> bySeq)
    {
        var list = new List<IndicatorDraft>();
        bySeq = [];
        var seqRow = new Dictionary<int, int>();
        foreach (var c in Rows(sheet, errors))
        {
            var seq = c.Int("序号", required: true, min: 1, max: 100_000);
            var category = c.Text("类别") ?? "";
            var name = c.Text("指标名称", required: true);
            var unit = c.Text("单位");
            var binding = c.Kind<IndicatorAttribute>("指标属性", AttributeName);
            var baseYear = c.Year("基准年");
            var baseText = c.Text("基准值原文");
            var baseValue = c.Double("基准数值");
            var baseUnit = c.Text("基准值单位");
            var fromProse = c.YesNo("来自正文");
            if (baseText is null && (baseYear is not null || baseValue is not null || baseUnit is not null))
                c.Error("基准值原文", IngestText.BaselineTextRequired());
            if (seq is { } s && !seqRow.TryAdd(s, c.Row))
                c.Error("序号", IngestText.DuplicateNumber(s, seqRow[s]));
            if (c.ErrorCount > 0 || seq is null || name is null) continue;
            var draft = new IndicatorDraft(new Indicator(planId, seq.Value, category, name, unit,
                baseText is null ? null : new Baseline(baseYear, baseValue, baseText, baseUnit), [], [], binding,
                Source(documentId, IndicatorSheet, c.Row, seq.Value.ToString(CultureInfo.InvariantCulture)), fromProse));
            list.Add(draft);
            bySeq[seq.Value] = draft;
        }
        return list;
    }

    private static void ReadTargets(SheetRows? sheet, List<IndicatorDraft> indicators, Dictionary<int, IndicatorDraft> bySeq, string documentId, List<PlanWorkbookError> errors)
    {
        foreach (var c in Rows(sheet, errors))
        {
            var seq = c.Int("指标序号", required: true, min: 1, max: 100_000);
            var which = c.Text("种类", required: true);
            var year = c.Year("年份");
            var text = c.Text("原文", required: true);
            if (which is not (null or TargetRow or ObservedRow))
                c.Error("种类", IngestText.ExpectedTargetOrObserved(UserText.Quote(which), TargetRow, ObservedRow));
            IndicatorDraft? draft = null;
            if (seq is { } s && !bySeq.TryGetValue(s, out draft) && !errors.Any(e => e.Sheet == IndicatorSheet))
                c.Error("指标序号", IngestText.NoIndicatorWithNumber(s));
            if (which == ObservedRow)
            {
                var value = c.Double("数值");
                var unit = c.Text("单位");
                if (c.Text("目标类型") is not null) c.Error("目标类型", IngestText.NotForObservedValue());
                if (year is null) c.Error("年份", IngestText.ObservedYearRequired());
                if (c.ErrorCount > 0 || draft is null || text is null) continue;
                draft.Observed.Add(new ObservedValue(year!.Value, value, text, unit));
            }
            else
            {
                if (c.Text("单位") is not null) c.Error("单位", IngestText.TargetHasNoUnit());
                var target = ReadTarget(c, year, text, "原文", "目标类型", "数值");
                if (c.ErrorCount > 0 || draft is null || target is null) continue;
                draft.Targets.Add(target);
            }
        }
    }

    /// <summary>A target from its text and, when given, its kind and value (else the text is read by <see cref="TargetValue.Parse"/>).</summary>
    private static TargetValue? ReadTarget(Cells c, int? year, string? text, string textColumn, string kindColumn, string valueColumn)
    {
        var kindGiven = c.Has(kindColumn);
        var kind = c.Kind<TargetKind>(kindColumn, TargetKindName);
        var value = c.Double(valueColumn);
        if (text is null || (kindGiven && kind is null)) return null;
        if (kind is null)
        {
            var parsed = TargetValue.Parse(text, year);
            if (parsed is null) { c.Error(textColumn, IngestText.NotATarget(UserText.Quote(text))); return null; }
            if (value is not null && parsed.Value != value)
            {
                c.Error(valueColumn, IngestText.ValueDiffersFromText());
                return null;
            }
            return parsed;
        }
        var needsValue = kind is TargetKind.Number or TargetKind.AtLeast or TargetKind.AtMost or TargetKind.RelativeDecrease or TargetKind.RelativeIncrease or TargetKind.WaterClass;
        if (needsValue && value is null) { c.Error(valueColumn, IngestText.RequiredForKind(TargetKindName(kind.Value))); return null; }
        if (!needsValue && value is not null) { c.Error(valueColumn, IngestText.EmptyForKind(TargetKindName(kind.Value))); return null; }
        if (kind == TargetKind.WaterClass && value is not (1 or 2 or 3 or 4 or 5 or 6)) { c.Error(valueColumn, IngestText.WaterClassRange()); return null; }
        return new TargetValue(year, kind.Value, value, text);
    }

    private static List<PlanTask> ReadTasks(SheetRows? sheet, string planId, int? planYear, string documentId, List<PlanWorkbookError> errors)
    {
        var list = new List<PlanTask>();
        var seqRow = new Dictionary<int, int>();
        foreach (var c in Rows(sheet, errors))
        {
            var seq = c.Int("序号", required: true, min: 1, max: 100_000);
            var category = c.Text("任务类别") ?? "";
            var text = c.Text("任务内容", required: true);
            var lead = Units(c.Text("牵头单位"));
            var coop = Units(c.Text("配合单位"));
            var deadlineText = c.Text("完成时限");
            var kindGiven = c.Has("时限类型");
            var kind = c.Kind<DeadlineKind>("时限类型", DeadlineKindName);
            var start = c.Date("开始日期");
            var due = c.Date("截止日期");
            var year = c.Year("时限年份");
            var month = c.Int("时限月份", min: 1, max: 12);
            var notes = c.Text("备注");
            var fromProse = c.YesNo("来自正文");
            if (seq is { } s && !seqRow.TryAdd(s, c.Row))
                c.Error("序号", IngestText.DuplicateNumber(s, seqRow[s]));
            DeadlinePhrase? deadline = null;
            if (deadlineText is null)
            {
                if (kind is not null || start is not null || due is not null || year is not null || month is not null)
                    c.Error("完成时限", IngestText.DeadlineTextRequired());
            }
            else if (!kindGiven)
            {
                if (start is not null || due is not null || year is not null || month is not null)
                    c.Error("时限类型", IngestText.DeadlineKindRequired());
                else deadline = DeadlinePhrase.Parse(deadlineText, planYear);
            }
            else if (kind is not null)
            {
                if (start is { } a && due is { } b && b < a) c.Error("截止日期", IngestText.DueBeforeStart());
                else deadline = new DeadlinePhrase(deadlineText, kind.Value, start, due, year, month);
            }
            if (c.ErrorCount > 0 || seq is null || text is null) continue;
            list.Add(new PlanTask(planId, seq.Value, category, text, lead, coop, deadline, notes,
                Source(documentId, TaskSheet, c.Row, seq.Value.ToString(CultureInfo.InvariantCulture)), fromProse));
        }
        return list;
    }

    private static List<string> Units(string? text) =>
        text is null ? [] : [.. text.Split(['、', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static List<KeyProject> ReadProjects(SheetRows? sheet, string planId, string documentId, List<PlanWorkbookError> errors)
    {
        var list = new List<KeyProject>();
        var seqRow = new Dictionary<int, int>();
        foreach (var c in Rows(sheet, errors))
        {
            var seq = c.Int("序号", required: true, min: 1, max: 100_000);
            var category = c.Text("类别") ?? "";
            var sub = c.Text("子类");
            var name = c.Text("工程名称") ?? ""; // a damaged row of a published table may have lost its name (001 表3)
            var content = c.Text("建设内容");
            var from = c.Year("起始年");
            var to = c.Year("终止年");
            var periodText = c.Text("实施时间");
            var investment = c.Decimal("投资估算（亿元）");
            var lead = c.Text("牵头单位");
            var due = c.Date("完成日期");
            if (from is { } f && to is { } t && t < f) c.Error("终止年", IngestText.EndsBeforeStart());
            if (investment is < 0) c.Error("投资估算（亿元）", IngestText.NegativeInvestment());
            if (seq is { } s && !seqRow.TryAdd(s, c.Row))
                c.Error("序号", IngestText.DuplicateNumber(s, seqRow[s]));
            if (c.ErrorCount > 0 || seq is null) continue;
            list.Add(new KeyProject(planId, seq.Value, category, sub, name, content, from, to, periodText, investment, lead,
                Source(documentId, ProjectSheet, c.Row, seq.Value.ToString(CultureInfo.InvariantCulture)), due));
        }
        return list;
    }

    private static List<MonthlyAirTarget> ReadAir(SheetRows? sheet, string planId, string documentId, List<PlanWorkbookError> errors)
    {
        var list = new List<MonthlyAirTarget>();
        var keys = new Dictionary<(string, int, int?), int>();
        foreach (var c in Rows(sheet, errors))
        {
            var pollutant = c.Text("污染物", required: true);
            if (pollutant is not null && !Pollutants.Contains(pollutant))
            {
                c.Error("污染物", IngestText.UnknownPollutant(UserText.Quote(pollutant), string.Join("、", Pollutants)));
                pollutant = null;
            }
            var year = c.Year("年份", required: true);
            int? month = null;
            if (c.Text("月份") is { } m && m != WholeYear) month = c.Int("月份", min: 1, max: 12);
            var target = c.Double("目标值", required: true);
            var previousYear = c.Year("同期年份", required: true);
            var previous = c.Double("同期值");
            var unit = c.Text("单位", required: true);
            if (pollutant is not null && year is { } y && !keys.TryAdd((pollutant, y, month), c.Row))
                c.Error("污染物", month is { } mm
                    ? IngestText.DuplicateMonthTarget(pollutant, y, mm, keys[(pollutant, y, month)])
                    : IngestText.DuplicateYearTarget(pollutant, y, keys[(pollutant, y, month)]));
            if (c.ErrorCount > 0 || pollutant is null || year is null || target is null || previousYear is null || unit is null) continue;
            list.Add(new MonthlyAirTarget(planId, pollutant, year.Value, month, target.Value, previousYear.Value, previous, unit,
                Source(documentId, AirSheet, c.Row, month is { } mo ? $"{mo} 月" : WholeYear)));
        }
        return list;
    }

    private static List<WaterSectionTarget> ReadSections(SheetRows? sheet, string planId, string documentId, List<PlanWorkbookError> errors)
    {
        var list = new List<WaterSectionTarget>();
        var seqRow = new Dictionary<int, int>();
        foreach (var c in Rows(sheet, errors))
        {
            var seq = c.Int("序号", required: true, min: 1, max: 100_000);
            var county = c.Text("县区", required: true);
            var section = c.Text("断面名称", required: true);
            var year = c.Year("目标年份");
            var text = c.Text("目标原文", required: true);
            var target = ReadTarget(c, year, text, "目标原文", "目标类型", "数值");
            var assessment = c.Text("考核级别");
            if (seq is { } s && !seqRow.TryAdd(s, c.Row))
                c.Error("序号", IngestText.DuplicateNumber(s, seqRow[s]));
            if (c.ErrorCount > 0 || seq is null || county is null || section is null || target is null) continue;
            list.Add(new WaterSectionTarget(planId, seq.Value, county, section, target, assessment,
                Source(documentId, SectionSheet, c.Row, seq.Value.ToString(CultureInfo.InvariantCulture))));
        }
        return list;
    }
}
