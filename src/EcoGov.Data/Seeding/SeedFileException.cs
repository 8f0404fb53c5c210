using EcoGov.Core.Text;

namespace EcoGov.Data.Seeding;

/// <summary>
/// A seed file that cannot be imported: names the file and where in it (line, or record path such
/// as <c>indicators[3].planId</c>) and what is wrong. Nothing is written when one is thrown. The message is the bilingual
/// line of <see cref="Text"/> (<see cref="DataText.SeedFileProblem"/>).
/// </summary>
public sealed class SeedFileException : Exception
{
    /// <summary>A problem given as a text in the "中文 / English" convention (a parser's message), held verbatim.</summary>
    public SeedFileException(string file, string location, string problem) : this(file, location, CoreText.Verbatim(problem)) { }

    public SeedFileException(string file, string location, Message problem) : this(file, location, problem, DataText.SeedFileProblem(file, location, problem)) { }

    private SeedFileException(string file, string location, Message problem, Message text) : base(text.Bilingual)
    {
        File = file;
        Location = location;
        Problem = problem.Bilingual;
        ProblemText = problem;
        Text = text;
    }

    public string File { get; }
    public string Location { get; }

    /// <summary>What is wrong, as its bilingual line.</summary>
    public string Problem { get; }

    /// <summary>What is wrong.</summary>
    public Message ProblemText { get; }

    /// <summary>The whole message: the file, where in it, and what is wrong.</summary>
    public Message Text { get; }
}
