namespace EcoGov.Core.Plans;

/// <summary>A plan with the number of records it holds, for listings.</summary>
public sealed record PlanSummary(Plan Plan, string JurisdictionName, int Indicators, int Tasks, int Projects, int Requirements, int Findings);
