using EcoGov.Application.Operations;
using EcoGov.Data;
using EcoGov.Spatial.Zoning.Demo;

namespace EcoGov.Application.Zoning;

/// <summary>One file of the demo layers: its name, its size in bytes and what happened to it (written, same, differs, missing).</summary>
public sealed record DemoLayerFile(string File, long Bytes, GeneratedFileStatus Status);

/// <summary>The demo layers' folder and files, and whether a check found any that differ from the generator's output.</summary>
public sealed record DemoLayerFiles(string Directory, IReadOnlyList<DemoLayerFile> Files, bool Differs);

/// <summary>
/// `zoning-demo build|check`: the synthetic demo zoning layers (示意数据) of 晋城市, generated from the seed data
/// (<see cref="DemoZoning"/>) and written to data/seed/zoning/demo or compared with the committed files. Everything is
/// generated first, then written or compared by <see cref="GeneratedFiles"/>.
/// </summary>
public static class DemoZoningService
{
    /// <param name="directory">The folder (default: data/seed/zoning/demo of the repository).</param>
    /// <param name="write">True: write the files; false: compare them with the generator's output, writing nothing.</param>
    public static DemoLayerFiles Run(string? directory, bool write)
    {
        var paths = EcoGovPaths.Locate(AppContext.BaseDirectory);
        var target = Path.GetFullPath(directory ?? Path.Combine(paths.SeedDirectory, DemoZoning.RelativeDirectory));
        var files = DemoZoning.Files(DemoZoning.Generate(paths.SeedDirectory));

        var (statuses, differs) = GeneratedFiles.WriteOrCheck(target, files, write);
        var results = files.Select((f, i) => new DemoLayerFile(f.FileName, System.Text.Encoding.UTF8.GetByteCount(f.Content), statuses[i])).ToList();
        return new DemoLayerFiles(target, results, differs);
    }
}
