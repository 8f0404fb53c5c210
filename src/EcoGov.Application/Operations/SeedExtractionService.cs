using EcoGov.Core.Plans;
using EcoGov.Data;
using EcoGov.Documents.Seeds;

namespace EcoGov.Application.Operations;

/// <summary>One seed document's extraction: the document, its JSON file, how many records of each kind, and what happened to the file (written, same, differs, missing).</summary>
public sealed record SeedExtractResult(string Document, string File, int Plans, int Indicators, int Tasks, int Projects,
    int AirTargets, int SectionTargets, int UnitStatistics, int AccessRequirements, int Findings, GeneratedFileStatus Status);

/// <summary>The extraction of every seed document, and whether a check found a JSON file that differs from it.</summary>
public sealed record SeedExtraction(IReadOnlyList<SeedExtractResult> Files, bool Differs);

/// <summary>
/// `seed extract` turns the seed documents into data/seed/*.json with the extractors of EcoGov.Documents (one per
/// document); `seed check` verifies that the committed JSON is exactly what the extractors produce now (so no row under
/// data/seed/ was typed by hand). A missing folder or document is refused (<see cref="ErrorCode.NotFound"/>).
/// </summary>
public static class SeedExtractionService
{
    /// <param name="documentsDirectory">The seed texts (default: data/seed/documents of the repository).</param>
    /// <param name="outputDirectory">The JSON files (default: data/seed).</param>
    /// <param name="write">True: write the files; false: compare them with the extraction, writing nothing.</param>
    public static SeedExtraction Run(string? documentsDirectory, string? outputDirectory, bool write)
    {
        var paths = EcoGovPaths.Locate(AppContext.BaseDirectory);
        var docs = Path.GetFullPath(documentsDirectory ?? Path.Combine(paths.SeedDirectory, "documents"));
        var target = Path.GetFullPath(outputDirectory ?? paths.SeedDirectory);
        if (!Directory.Exists(docs)) throw new ApplicationInputException(ErrorCode.NotFound, null, AppText.SeedDocumentFolderNotFound(docs));

        // Extract everything first: a failing extractor (or Ctrl-C) leaves data/seed as it was.
        var extracted = new List<(ISeedDocumentExtractor Extractor, SeedDocumentData Data, string Json)>();
        foreach (var extractor in SeedExtractors.All)
        {
            var source = Directory.GetFiles(docs, extractor.DocumentId + "_*.txt").Order(StringComparer.Ordinal).FirstOrDefault()
                ?? throw new ApplicationInputException(ErrorCode.NotFound, null, AppText.SeedDocumentMissing(extractor.DocumentId, docs));
            var data = extractor.Extract(SeedText.Load(source));
            extracted.Add((extractor, data, SeedJson.Serialize(data)));
        }

        var (statuses, differs) = GeneratedFiles.WriteOrCheck(target, [.. extracted.Select(e => (e.Extractor.OutputFileName, e.Json))], write);
        var results = extracted.Select((e, i) => new SeedExtractResult(e.Data.Document.Id, e.Extractor.OutputFileName, e.Data.Plans.Count,
            e.Data.Indicators.Count, e.Data.Tasks.Count, e.Data.Projects.Count, e.Data.AirTargets.Count, e.Data.SectionTargets.Count,
            e.Data.UnitStatistics.Count, e.Data.AccessRequirements.Count, e.Data.Findings.Count, statuses[i])).ToList();
        return new SeedExtraction(results, differs);
    }
}
