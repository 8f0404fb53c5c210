using System.Resources;
using EcoGov.Core.Text;

namespace EcoGov.Application;

/// <summary>
/// A user-facing message of the application layer: a key of its catalogue (<c>Resources/ApplicationText.resx</c>, the
/// neutral resource in Chinese, and <c>ApplicationText.en.resx</c>) and its arguments, made by <see cref="AppText"/>.
/// Rendering (<see cref="Message.Format"/>, <see cref="Message.Bilingual"/>) is <see cref="Message"/>'s, shared with the
/// engines' catalogues; an engine's message is embedded as it is (<see cref="Message.Embed(Message)"/>).
/// </summary>
public sealed class AppMessage : Message
{
    /// <summary>The key of a text that is not from the catalogue (<see cref="Verbatim"/>): its template is <c>{0}</c>.</summary>
    public const string VerbatimKey = "Verbatim";

    internal static readonly ResourceManager Resources = new("EcoGov.Application.Resources.ApplicationText", typeof(AppMessage).Assembly);

    internal AppMessage(string key, params object?[] arguments) : base(Resources, key, arguments) { }

    /// <summary>
    /// A text that is not in a catalogue — a parser's message as it comes, in the platform's "中文 / English" convention
    /// — shown as it is in the bilingual line and, in one language, its part of the convention.
    /// </summary>
    public static AppMessage Verbatim(string text) => new(VerbatimKey, Embed(text));

    /// <summary>A message of another catalogue (an engine's) as an application message: shown as it is.</summary>
    public static AppMessage Verbatim(Message message) => message as AppMessage ?? new(VerbatimKey, Embed(message));
}
