using EcoGov.Application.Startup;
using EcoGov.Application.Zoning;
using EcoGov.Core.Zoning;
using EcoGov.Core.Zoning.Rules;
using EcoGov.Data.Zoning;
using EcoGov.Spatial.Zoning.Assessment;
using Microsoft.EntityFrameworkCore;

namespace EcoGov.Data.Tests;

/// <summary>The demo unit-level requirements (data/seed/zoning/demo/unit-requirements.json, 示意) in the store and in assessments.</summary>
public class ZoningAssessmentTests
{
    private const string Priority = "ZH14050210001";
    private static readonly DateOnly On = new(2024, 6, 1);

    [Fact]
    public void Demo_unit_requirements_are_seeded_once_as_unit_level_requirements()
    {
        using var store = new TestStore();
        using var db = store.Open();
        EcoGovStartup.Initialize(db, TestStore.RepoPaths);
        EcoGovStartup.Initialize(db, TestStore.RepoPaths);
        var demo = db.AccessRequirements.AsNoTracking().Where(a => a.DocumentId == ZoningLayerStore.DemoUnitRequirementsDocument).ToList();
        Assert.Equal(5, demo.Count); // the file's five requirements, not ten after a second initialisation
        Assert.All(demo, a =>
        {
            Assert.Equal(AccessListLevel.Unit, a.Level);
            Assert.False(string.IsNullOrEmpty(a.UnitCode));
            Assert.Equal("zoning/demo/unit-requirements.json", a.DocumentId);
            Assert.Equal("140500", a.JurisdictionCode);
            Assert.Contains("示意", a.Text);
        });
        Assert.Equal(2, demo.Count(a => a.UnitCode == Priority));
        Assert.Equal(0, db.AccessRequirements.Count(a => a.Level == AccessListLevel.Unit && a.DocumentId != ZoningLayerStore.DemoUnitRequirementsDocument && a.UnitCode == Priority));
    }

    [Fact]
    public async Task An_assessment_inside_a_demo_unit_lists_its_unit_requirements_and_elsewhere_not()
    {
        using var store = new TestStore();
        using var db = store.Open();
        EcoGovStartup.Initialize(db, TestStore.RepoPaths);
        var layers = new ZoningLayerRepository(db);
        var units = (await layers.SnapshotAsOfAsync(ZoningLayerKinds.Units.Code, "140500", On))!;
        var unit = units.Features.Single(f => f.Id == Priority);
        var inside = unit.Geometry.InteriorPoint.Coordinate;
        using var cache = new EcoGov.Application.Zoning.ZoningSnapshotCache();
        var assessment = new EcoGov.Application.Zoning.ZoningAssessment(db, cache);

        var r = (await assessment.AssessAsync(SiteInput.ParsePoint(FormattableString.Invariant($"{inside.X:F6},{inside.Y:F6}")), null, null, ProjectFacts.None, On));
        Assert.Equal(Priority, Assert.Single(r.Units).Code);
        var unitLevel = r.Requirements.Where(q => q.Requirement.Level == AccessListLevel.Unit).ToList();
        Assert.Equal(2, unitLevel.Count);
        Assert.All(unitLevel, q => Assert.Equal(Priority, q.Requirement.UnitCode));
        Assert.Contains(r.Requirements, q => q.Requirement.Level == AccessListLevel.City); // and the levels above it

        // 陵川县: a unit without demo requirements
        var elsewhere = (await assessment.AssessAsync(SiteInput.ParsePoint("113.45,35.62"), null, null, ProjectFacts.None, On));
        Assert.DoesNotContain(elsewhere.Units, u => u.Code.StartsWith("ZH140502", StringComparison.Ordinal));
        Assert.DoesNotContain(elsewhere.Requirements, q => q.Requirement.Level == AccessListLevel.Unit);
        Assert.Contains(elsewhere.Requirements, q => q.Requirement.Level == AccessListLevel.City);
    }
}
