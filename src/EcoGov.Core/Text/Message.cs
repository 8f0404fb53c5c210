using System.Buffers;
using System.Globalization;
using System.Resources;
using System.Text.Json.Serialization;

namespace EcoGov.Core.Text;

/// <summary>
/// A user-facing message: a key of a message catalogue and its arguments. An engine or a service returns (or throws)
/// one of these, never prose; the text lives in the catalogue's resources — the neutral resource in Chinese
/// (<c>Resources/XText.resx</c> of the project that owns the message) and the <c>en</c> satellite
/// (<c>XText.en.resx</c>) — and a host renders it in the reader's language (<see cref="Format"/>: the web's pages in the
/// UI culture) or as the one bilingual line the CLI prints and the API's problem details carry (<see cref="Bilingual"/>,
/// "中文 / English"). Each project's typed accessor (<c>CoreText</c>, <c>SpatialText</c>, <c>IngestText</c>,
/// <c>DataText</c>, <c>AppText</c>) has one member per entry, named by its key.
/// </summary>
/// <remarks>
/// The catalogue's values are composite formats with numbered placeholders (<c>{0}</c>, <c>{1:0.0}</c>), filled with the
/// invariant culture so that a number reads the same in both languages. An argument may be another message (a label such
/// as 起始日期, rendered in the same language; <see cref="Embed(Message)"/> for a message wrapped in another) or a text
/// that comes from elsewhere in the platform's "中文 / English" convention (<see cref="Embed(string)"/>). A message that
/// embeds such a text is bilingual as its Chinese template around the embedded text's own bilingual form, so the embedded
/// English is not repeated; any other message is bilingual as its Chinese text, " / " (no space after full-width
/// punctuation) and its English text — or, where the catalogue has a <c>KEY.Bilingual</c> entry in the neutral file, that
/// line filled in Chinese.
/// </remarks>
[JsonConverter(typeof(MessageJsonConverter))]
public class Message
{
    /// <summary>
    /// The suffix of a neutral-resource entry that gives a message's bilingual line itself, for the few messages whose
    /// line is not their Chinese and English text joined (a list or a value put once after both languages).
    /// </summary>
    public const string BilingualSuffix = ".Bilingual";

    /// <summary>The catalogues' languages: Chinese (the neutral resource) and English.</summary>
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans"), English = CultureInfo.GetCultureInfo("en");

    private readonly ResourceManager catalogue;
    private readonly object?[] arguments;

    /// <summary>The message <paramref name="key"/> of <paramref name="catalogue"/> with its arguments in placeholder order.</summary>
    public Message(ResourceManager catalogue, string key, params object?[] arguments)
    {
        this.catalogue = catalogue;
        Key = key;
        this.arguments = arguments;
    }

    /// <summary>The catalogue key (a stable identifier such as <c>NoSuchPlan</c>); the API answers it as <c>messageKey</c>.</summary>
    public string Key { get; }

    /// <summary>The arguments the template is filled with, in placeholder order.</summary>
    public IReadOnlyList<object?> Arguments => arguments;

    /// <summary>The message in <paramref name="culture"/>'s language (Chinese unless it is English).</summary>
    public string Format(CultureInfo culture)
    {
        var english = IsEnglish(culture);
        var template = Template(english ? English : Chinese);
        return string.Format(CultureInfo.InvariantCulture, template, arguments.Select(a => Render(a, english ? Mode.English : Mode.Chinese)).ToArray());
    }

    /// <summary>
    /// The message as one line in Chinese and English ("中文 / English"), as the CLI prints it and the API's problem
    /// details carry it in <c>detail</c>.
    /// </summary>
    public string Bilingual
    {
        get
        {
            if (catalogue.GetString(Key + BilingualSuffix, Chinese) is { } line)
                return string.Format(CultureInfo.InvariantCulture, line, arguments.Select(a => Render(a, Mode.Chinese)).ToArray());
            if (Embeds)
                return string.Format(CultureInfo.InvariantCulture, Template(Chinese), arguments.Select(a => Render(a, Mode.Bilingual)).ToArray());
            return Join(Format(Chinese), Format(English));
        }
    }

    /// <inheritdoc cref="Bilingual"/>
    public override string ToString() => Bilingual;

    /// <summary>The catalogue's template of this message in <paramref name="culture"/>; a missing key is a bug.</summary>
    protected string Template(CultureInfo culture) =>
        catalogue.GetString(Key, culture) ?? throw new InvalidOperationException($"{catalogue.BaseName} has no entry {Key}");

    /// <summary>True for English (<c>en</c>, <c>en-US</c>, …); every other culture reads the neutral, Chinese resource.</summary>
    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>A text in the "中文 / English" convention embedded in a message: in one language its part of it (<see cref="Split"/>).</summary>
    public static Embedded Embed(string text) => new(text, null);

    /// <summary>Another message embedded in this one (e.g. the refusal of a nested operation after a label).</summary>
    public static Embedded Embed(Message message) => new(null, message);

    /// <summary>
    /// The two halves of a text written "中文 / English": the separator is " / " (or "/ " after full-width punctuation)
    /// outside a “quoted” value with Chinese before it — the first one after which no Chinese character or full-width
    /// punctuation follows (so "（是 / 否）/ yes or no" splits before "yes"), else the last. A text without one is both halves.
    /// </summary>
    public static (string Chinese, string English) Split(string text)
    {
        var quotes = 0;
        var han = false;
        var last = -1;
        for (var i = 1; i < text.Length - 2; i++)
        {
            var c = text[i - 1];
            if (c == '“') quotes++;
            else if (c == '”') quotes--;
            else if (IsHan(c)) han = true;
            if (text[i] != '/' || text[i + 1] != ' ' || !(c == ' ' || IsFullWidth(c)) || quotes > 0 || !han) continue;
            last = i;
            if (!text.AsSpan(i + 2).ContainsAny(ChineseOrFullWidth)) break;
        }
        return last < 0 ? (text, text) : (text[..last].TrimEnd(), text[(last + 2)..]);
    }

    private static readonly SearchValues<char> ChineseOrFullWidth = SearchValues.Create(
        string.Concat(Enumerable.Range(0x3000, 0x40).Concat(Enumerable.Range(0x3400, 0x19c0)).Concat(Enumerable.Range(0x4e00, 0x5200)).Concat(Enumerable.Range(0xff00, 0xf0)).Select(c => (char)c)));

    /// <summary>A Chinese and an English text as one line: " / " between them, "/ " after full-width punctuation.</summary>
    public static string Join(string chinese, string english)
    {
        if (chinese == english) return chinese;
        return chinese.Length > 0 && IsFullWidth(chinese[^1]) ? $"{chinese}/ {english}" : $"{chinese} / {english}";
    }

    /// <summary>A CJK unified ideograph (what the catalogue tests look for in English).</summary>
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static bool IsFullWidth(char c) => c is >= '\uff00' and <= '\uffef' or >= '\u3000' and <= '\u303f';

    private bool Embeds => arguments.Any(a => a is Embedded || a is Message { Embeds: true });

    private enum Mode { Chinese, English, Bilingual }

    private static object? Render(object? argument, Mode mode) => argument switch
    {
        Message m => mode switch
        {
            Mode.English => m.Format(English),
            Mode.Bilingual when m.Embeds => m.Bilingual,
            _ => m.Format(Chinese),
        },
        Embedded { Message: { } m } => mode switch
        {
            Mode.Chinese => m.Format(Chinese),
            Mode.English => m.Format(English),
            _ => m.Bilingual,
        },
        Embedded { Text: { } t } => mode switch
        {
            Mode.Chinese => Split(t).Chinese,
            Mode.English => Split(t).English,
            _ => t,
        },
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => argument,
    };

    /// <summary>A text or message embedded in a message (<see cref="Embed(string)"/>, <see cref="Embed(Message)"/>).</summary>
    public sealed record Embedded(string? Text, Message? Message)
    {
        public override string ToString() => Message?.Bilingual ?? Text ?? "";
    }
}
