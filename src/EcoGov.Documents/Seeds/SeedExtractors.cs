using System.Reflection;

namespace EcoGov.Documents.Seeds;

/// <summary>All seed-document extractors in this assembly, by document id.</summary>
public static class SeedExtractors
{
    public static IReadOnlyList<ISeedDocumentExtractor> All { get; } =
        typeof(SeedExtractors).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISeedDocumentExtractor).IsAssignableFrom(t))
            .Select(t => (ISeedDocumentExtractor)Activator.CreateInstance(t)!)
            .OrderBy(e => e.DocumentId, StringComparer.Ordinal)
            .ToList();

    public static ISeedDocumentExtractor? For(string documentId) =>
        All.FirstOrDefault(e => e.DocumentId == documentId);
}
