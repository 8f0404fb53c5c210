namespace EcoGov.Web;

/// <summary>
/// 界面文字目录 the web UI's message catalogue: this empty class names the resources Resources/SharedText.resx (the
/// neutral resource, zh-Hans: key = value = the Chinese text) and Resources/SharedText.en.resx (English). Pages take
/// <c>IStringLocalizer&lt;SharedText&gt;</c> as <c>T</c> (_ViewImports) and write <c>@T["中文原文"]</c>; a key missing from the
/// English file falls back to the Chinese text. How to add a string: docs/architecture.md, "Message catalogue".
/// </summary>
public sealed class SharedText
{
    private SharedText() { }
}
