using EcoGov.Core;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;

namespace EcoGov.Data.Seeding;

/// <summary>
/// Checks a deserialized seed document before it is written: every record points at a plan of the
/// same file, every plan at a known jurisdiction, every record has provenance in this document,
/// sequence numbers are unique per plan. The first problem found is thrown with its record path.
/// </summary>
internal sealed class SeedDocumentValidator(string file, SeedDocumentData data, IReadOnlySet<string> jurisdictionCodes)
{
    private readonly HashSet<string> planIds = new(StringComparer.Ordinal);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(data.Document.Id)) Fail("document.id", DataText.EmptyDocumentId());
        for (int i = 0; i < data.Plans.Count; i++)
        {
            var p = data.Plans[i];
            var at = $"plans[{i}]";
            if (string.IsNullOrWhiteSpace(p.Id)) Fail(at + ".id", DataText.EmptyPlanId());
            if (!planIds.Add(p.Id)) Fail(at + ".id", DataText.DuplicatePlanId(p.Id));
            if (!jurisdictionCodes.Contains(p.JurisdictionCode)) Fail(at + ".jurisdictionCode", DataText.JurisdictionNotInFile(p.JurisdictionCode));
            if (p.PeriodStart > p.PeriodEnd) Fail(at + ".periodStart", DataText.PeriodStartsAfterEnd());
            CheckSource(at, p.Source);
        }
        Each("indicators", data.Indicators, x => x.PlanId, x => x.Source, x => x.Seq);
        Each("tasks", data.Tasks, x => x.PlanId, x => x.Source, x => x.Seq);
        Each("projects", data.Projects, x => x.PlanId, x => x.Source, x => x.Seq);
        Each("sectionTargets", data.SectionTargets, x => x.PlanId, x => x.Source, x => x.Seq);
        Each("airTargets", data.AirTargets, x => x.PlanId, x => x.Source, null);
        Each("unitStatistics", data.UnitStatistics, x => x.PlanId, x => x.Source, null);
        Each("accessRequirements", data.AccessRequirements, x => x.PlanId, x => x.Source, null);
        Each("statedTotals", data.StatedTotals, x => x.PlanId, x => x.Source, null);
        SupervisionSeeds();
        Unique("airTargets", data.AirTargets, a => $"{a.PlanId}/{a.Pollutant}/{a.Year}/{a.Month?.ToString() ?? "全年"}");
        Unique("unitStatistics", data.UnitStatistics, u => $"{u.PlanId}/{u.JurisdictionCode}");
        for (int i = 0; i < data.Findings.Count; i++) CheckSource($"findings[{i}]", data.Findings[i].Source);
        for (int i = 0; i < data.UnitStatistics.Count; i++)
            if (!jurisdictionCodes.Contains(data.UnitStatistics[i].JurisdictionCode))
                Fail($"unitStatistics[{i}].jurisdictionCode", DataText.UnknownJurisdiction(data.UnitStatistics[i].JurisdictionCode));
        for (int i = 0; i < data.AccessRequirements.Count; i++)
            if (!jurisdictionCodes.Contains(data.AccessRequirements[i].JurisdictionCode))
                Fail($"accessRequirements[{i}].jurisdictionCode", DataText.UnknownJurisdiction(data.AccessRequirements[i].JurisdictionCode));
    }

    /// <summary>
    /// Issue 9: rules and their triggers have provenance in this document and name a plan of it; a duty or a unit
    /// addition names a task of its plan; a unit addition is not already a unit of its row and appears once.
    /// </summary>
    private void SupervisionSeeds()
    {
        Each("supervisionRules", data.SupervisionRules, x => x.PlanId, x => x.Source, null);
        for (int i = 0; i < data.SupervisionRules.Count; i++)
        {
            var r = data.SupervisionRules[i];
            if (string.IsNullOrWhiteSpace(r.Text)) Fail($"supervisionRules[{i}].text", DataText.EmptyRuleText());
            for (int k = 0; k < r.Triggers.Count; k++)
            {
                var at = $"supervisionRules[{i}].triggers[{k}]";
                CheckSource(at, r.Triggers[k].Source);
                if (string.IsNullOrWhiteSpace(r.Triggers[k].Condition)) Fail(at + ".condition", DataText.EmptyCondition());
            }
        }
        Each("taskDuties", data.TaskDuties, x => x.PlanId, x => x.Source, null);
        Each("taskUnitAdditions", data.TaskUnitAdditions, x => x.PlanId, x => x.Source, null);
        var tasks = data.Tasks.ToDictionary(t => (t.PlanId, t.Seq));
        for (int i = 0; i < data.TaskDuties.Count; i++)
            if (!tasks.ContainsKey((data.TaskDuties[i].PlanId, data.TaskDuties[i].TaskSeq)))
                Fail($"taskDuties[{i}].taskSeq", DataText.NoSuchTask(data.TaskDuties[i].PlanId, data.TaskDuties[i].TaskSeq));
        for (int i = 0; i < data.TaskUnitAdditions.Count; i++)
        {
            var a = data.TaskUnitAdditions[i];
            if (!tasks.TryGetValue((a.PlanId, a.TaskSeq), out var task))
                Fail($"taskUnitAdditions[{i}].taskSeq", DataText.NoSuchTask(a.PlanId, a.TaskSeq));
            else if (task.LeadUnits.Concat(task.CooperatingUnits).Contains(a.Unit))
                Fail($"taskUnitAdditions[{i}].unit", DataText.UnitAlreadyOnTask(a.Unit));
        }
        Unique("taskUnitAdditions", data.TaskUnitAdditions, a => $"{a.PlanId}/{a.TaskSeq}/{a.Unit}");
    }

    private void Each<T>(string name, IReadOnlyList<T> items, Func<T, string> plan, Func<T, Provenance> source, Func<T, int>? seq)
    {
        var seen = new HashSet<(string, int)>();
        for (int i = 0; i < items.Count; i++)
        {
            var at = $"{name}[{i}]";
            var p = plan(items[i]);
            if (!planIds.Contains(p)) Fail(at + ".planId", DataText.PlanNotDeclared(p));
            CheckSource(at, source(items[i]));
            if (seq is not null && !seen.Add((p, seq(items[i]))))
                Fail(at + ".seq", DataText.DuplicateSeq(seq(items[i]), p));
        }
    }

    private void Unique<T>(string name, IReadOnlyList<T> items, Func<T, string> key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
            if (!seen.Add(key(items[i]))) Fail($"{name}[{i}]", DataText.DuplicateRecord(key(items[i])));
    }

    private void CheckSource(string at, Provenance? s)
    {
        if (s is null) { Fail(at + ".source", DataText.MissingProvenance()); return; }
        if (s.Document != data.Document.Id) Fail(at + ".source.document", DataText.ProvenanceOtherDocument(s.Document, data.Document.Id));
        if (string.IsNullOrWhiteSpace(s.Section)) Fail(at + ".source.section", DataText.EmptySection());
        if (s.Line < 1) Fail(at + ".source.line", DataText.LineAtLeastOne());
    }

    private void Fail(string location, Message problem) => throw new SeedFileException(file, location, problem);
}
