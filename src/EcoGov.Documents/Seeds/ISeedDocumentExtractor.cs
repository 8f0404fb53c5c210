using EcoGov.Core.Plans;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// Turns one seed document's text into structured plan data with provenance. One implementation
/// per seed document; <see cref="SeedExtractors"/> finds them all.
/// </summary>
public interface ISeedDocumentExtractor
{
    /// <summary>The seed document id this extractor reads, "000".."004".</summary>
    string DocumentId { get; }

    /// <summary>Output file name under data/seed/, e.g. "001-jincheng-14fyp.json".</summary>
    string OutputFileName { get; }

    SeedDocumentData Extract(SeedText text);
}
