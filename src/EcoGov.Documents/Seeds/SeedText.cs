using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EcoGov.Documents.Seeds;

/// <summary>
/// The text of one seed document as exported from Word: lines (1-based numbering, as provenance
/// cites them), with table cells separated by tabs.
/// </summary>
public sealed class SeedText
{
    public string Id { get; }
    public string FileName { get; }
    public IReadOnlyList<string> Lines { get; }
    public string Sha256 { get; }

    public SeedText(string id, string fileName, string content)
    {
        Id = id;
        FileName = fileName;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        Lines = content.Replace("\r\n", "\n").Split('\n');
    }

    /// <summary>Reads a seed file; its id is the number before the first underscore ("001_….txt" → "001").</summary>
    public static SeedText Load(string path)
    {
        var name = Path.GetFileName(path);
        var underscore = name.IndexOf('_');
        var id = underscore > 0 ? name[..underscore] : Path.GetFileNameWithoutExtension(name);
        return new SeedText(id, name, File.ReadAllText(path, Encoding.UTF8));
    }

    /// <summary>
    /// Word bookmark markers the export leaves in headings, paragraphs and cells: "[bookmark: _Toc15496]",
    /// "[bookmark: OLE_LINK2]". Noise, never content.
    /// </summary>
    public static readonly Regex BookmarkMarker = new(@"\[bookmark:\s*[^\]]*\]", RegexOptions.Compiled);

    /// <summary><paramref name="s"/> without the export's bookmark markers.</summary>
    public static string StripBookmarks(string s) => BookmarkMarker.Replace(s, "");

    /// <summary>Line <paramref name="number"/> (1-based).</summary>
    public string Line(int number) => Lines[number - 1];

    /// <summary>1-based numbers of the lines that contain <paramref name="fragment"/>, in order.</summary>
    public IEnumerable<int> Find(string fragment)
    {
        for (int i = 0; i < Lines.Count; i++)
            if (Lines[i].Contains(fragment, StringComparison.Ordinal)) yield return i + 1;
    }
}
