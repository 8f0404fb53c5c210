using System.Text.Json;
using EcoGov.Core.Plans;
using EcoGov.Core.Text;
using Spectre.Console;

namespace EcoGov.Cli;

/// <summary>
/// Where commands write: with --json exactly one JSON document on stdout; otherwise a readable table.
/// Messages and progress go to stderr.
/// </summary>
public sealed class Output(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Error { get; } = stderr;

    public void Json<T>(T value)
    {
        stdout.Write(JsonSerializer.Serialize(value, SeedJson.Compact));
        stdout.WriteLine();
    }

    /// <summary>At most <paramref name="max"/> characters of a value for a table cell, then "…".</summary>
    public static string Cut(string value, int max) =>
        value.Length <= max ? value : value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)] + "…";

    /// <summary>Writes a document (e.g. GeoJSON) to stdout as it is, followed by a newline.</summary>
    public void Raw(string text)
    {
        stdout.Write(text);
        stdout.WriteLine();
    }

    public IAnsiConsole Console { get; } = CreateConsole(stdout);

    private static IAnsiConsole CreateConsole(TextWriter stdout)
    {
        var terminal = ReferenceEquals(stdout, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        // Piped into a file or another program: wide enough that Chinese cells are not folded.
        if (!terminal) console.Profile.Width = 200;
        return console;
    }

    /// <summary>
    /// Writes one plain line of text (no markup). Control characters (ESC, BEL, NUL, CR, bidi overrides …) are
    /// written visibly as <c>\u001B</c>, so stored text cannot drive the terminal; line breaks and tabs are kept.
    /// </summary>
    public void Line(string text) => Console.Write(new Text(UserText.EscapeControls(text, keepLineBreaks: true) + "\n"));

    /// <summary>
    /// Writes a table with the given headers and rows; values are escaped for Spectre markup and their control
    /// characters written visibly (as in <see cref="Line"/>), whatever command prints them.
    /// </summary>
    public void Table(string title, IEnumerable<string> headers, IEnumerable<IEnumerable<string?>> rows)
    {
        var t = new Table { Title = new TableTitle(Markup.Escape(UserText.EscapeControls(title))), Border = TableBorder.Rounded };
        foreach (var h in headers) t.AddColumn(new TableColumn(Markup.Escape(UserText.EscapeControls(h))));
        var n = 0;
        foreach (var r in rows)
        {
            t.AddRow(r.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(UserText.EscapeControls(v ?? "", keepLineBreaks: true))).ToArray());
            n++;
        }
        Console.Write(t);
        Line($"共 {n} 条 / {n} rows");
    }
}
