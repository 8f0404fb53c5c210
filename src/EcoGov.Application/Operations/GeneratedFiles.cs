using System.Text.Json.Serialization;

namespace EcoGov.Application.Operations;

/// <summary>What writing or checking one generated file did; in JSON and in the CLI's tables "written", "same", "differs", "missing".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GeneratedFileStatus>))]
public enum GeneratedFileStatus
{
    /// <summary>Written (build/extract).</summary>
    [JsonStringEnumMemberName("written")] Written,
    /// <summary>The committed file is exactly what the generator produces now (check).</summary>
    [JsonStringEnumMemberName("same")] Same,
    /// <summary>The committed file differs from the generator's output (check).</summary>
    [JsonStringEnumMemberName("differs")] Differs,
    /// <summary>There is no committed file (check).</summary>
    [JsonStringEnumMemberName("missing")] Missing,
}

/// <summary>
/// Files generated from the repository's sources and committed (the seed JSON of <c>seed extract</c>, the demo layers of
/// <c>zoning-demo build</c>): written all or nothing — each through a temporary file, the first moved in only when every
/// one is complete on disk, so a failure (or Ctrl-C) leaves the folder as it was — or compared with what is committed.
/// </summary>
public static class GeneratedFiles
{
    /// <summary>Writes (<paramref name="write"/>) or compares <paramref name="files"/> (name → content) in <paramref name="directory"/>.</summary>
    public static (IReadOnlyList<GeneratedFileStatus> Statuses, bool Differs) WriteOrCheck(string directory, IReadOnlyList<(string Name, string Content)> files, bool write)
    {
        var statuses = new List<GeneratedFileStatus>(files.Count);
        var differs = false;
        var staged = new List<(string Tmp, string File)>();
        if (write) Directory.CreateDirectory(directory);
        foreach (var (name, content) in files)
        {
            var file = Path.Combine(directory, name);
            if (write)
            {
                File.WriteAllText(file + ".tmp", content);
                staged.Add((file + ".tmp", file));
                statuses.Add(GeneratedFileStatus.Written);
            }
            else
            {
                var exists = File.Exists(file);
                var same = exists && File.ReadAllText(file) == content;
                differs |= !same;
                statuses.Add(same ? GeneratedFileStatus.Same : exists ? GeneratedFileStatus.Differs : GeneratedFileStatus.Missing);
            }
        }
        foreach (var (tmp, file) in staged) File.Move(tmp, file, overwrite: true);
        return (statuses, differs);
    }
}
