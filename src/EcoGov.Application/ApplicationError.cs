using EcoGov.Core;

namespace EcoGov.Application;

/// <summary>What kind of refusal an <see cref="ApplicationError"/> is; hosts map it (web: 400 or 404, CLI: exit code 2).</summary>
public enum ErrorCode
{
    /// <summary>A value that must be given is missing.</summary>
    Required,
    /// <summary>A date that is not <c>yyyy-MM-dd</c> or not a calendar day (<see cref="CalendarDate"/>).</summary>
    InvalidDate,
    /// <summary>The acting user may not do this (a role or jurisdiction that does not allow it); the web answers 403.</summary>
    Forbidden,
    /// <summary>A number outside its range (e.g. a year).</summary>
    OutOfRange,
    /// <summary>A period that ends before it starts (from after to, or a bound beyond the data).</summary>
    InvalidPeriod,
    /// <summary>A standard's name that the platform does not know.</summary>
    UnknownStandard,
    /// <summary>A monitoring station that is not in the store.</summary>
    UnknownStation,
    /// <summary>A jurisdiction code that is not in the store.</summary>
    UnknownJurisdiction,
    /// <summary>The selection is valid but the store holds no data for it.</summary>
    NoData,
    /// <summary>A zoning layer code that the platform does not know.</summary>
    UnknownLayer,
    /// <summary>A value not of its form: a coordinate system, an industry code, a site, facts, a layer file that cannot be read.</summary>
    InvalidValue,
    /// <summary>Values that exclude each other (a version and a date), or one that does not belong with another (a version of another layer).</summary>
    Conflict,
    /// <summary>The thing the request is about (e.g. the plan) does not exist; the web answers 404.</summary>
    NotFound,
}

/// <summary>
/// Why an operation refused its request: a code, the request field it concerns (the web's query parameter name,
/// camelCase, e.g. <c>from</c>, <c>asOf</c>; the CLI shows it as the option <c>--from</c>, <c>--as-of</c>; null when no
/// single field is at fault), and the message — a key of the application's catalogue with its arguments
/// (<see cref="AppMessage"/>): the CLI prints and the API answers it as one line in Chinese and English
/// (<see cref="Message"/>), a web page shows it in the UI language (<see cref="MessageIn"/>).
/// </summary>
public sealed record ApplicationError(ErrorCode Code, string? Field, AppMessage Text)
{
    /// <summary>An error whose message is not from the catalogue (a host's or an engine's text, shown as it is).</summary>
    public ApplicationError(ErrorCode code, string? field, string message) : this(code, field, AppMessage.Verbatim(message))
    {
    }

    /// <summary>The message as one line, "中文 / English" (<see cref="AppMessage.Bilingual"/>).</summary>
    public string Message => Text.Bilingual;

    /// <summary>The catalogue key of the message (<c>Verbatim</c> for a text not from the catalogue).</summary>
    public string MessageKey => Text.Key;

    /// <summary>The message in the language of <paramref name="culture"/> (the web: the UI culture).</summary>
    public string MessageIn(System.Globalization.CultureInfo culture) => Text.Format(culture);
}

/// <summary>Thrown by an application service for a request it refuses; the hosts catch it and render <see cref="Error"/>.</summary>
public sealed class ApplicationInputException(ApplicationError error) : Exception(error.Message)
{
    public ApplicationError Error { get; } = error;

    public ApplicationInputException(ErrorCode code, string? field, AppMessage message) : this(new ApplicationError(code, field, message))
    {
    }

    /// <summary>A refusal with a text not from the catalogue (a host's, or an engine's message passed on as it is).</summary>
    public ApplicationInputException(ErrorCode code, string? field, string message) : this(new ApplicationError(code, field, message))
    {
    }
}

/// <summary>Request values parsed the one way both hosts share.</summary>
public static class RequestValues
{
    /// <summary>True when a text value is absent: null, empty or white space.</summary>
    public static bool Absent(string? value) => string.IsNullOrWhiteSpace(value);

    /// <summary>
    /// An optional date (null when absent) by <see cref="CalendarDate"/>; a bad one is refused with the field and
    /// its label (e.g. <see cref="AppText.LabelFromDate"/>, 起始日期).
    /// </summary>
    public static DateOnly? OptionalDate(string? value, string field, AppMessage label)
    {
        if (Absent(value)) return null;
        return CalendarDate.TryParse(value, out var date, out var error)
            ? date
            : throw new ApplicationInputException(ErrorCode.InvalidDate, field, AppText.DateInvalid(label, error));
    }

    /// <summary>
    /// A text a person typed (a reply, a comment, a value with its source), trimmed: refused when required and absent, longer
    /// than <paramref name="max"/>, or holding a control character other than tab and line breaks (which the stored text
    /// would carry into every .docx/.xlsx made from it — XML cannot hold them). Null when optional and absent.
    /// </summary>
    public static string? FreeText(string? value, string field, AppMessage label, int max, bool required = true)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            return required ? throw new ApplicationInputException(ErrorCode.Required, field, AppText.TextRequired(label, field)) : null;
        if (text.Length > max || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            throw new ApplicationInputException(ErrorCode.InvalidValue, field, AppText.TextTooLong(label, max));
        return text;
    }
}
