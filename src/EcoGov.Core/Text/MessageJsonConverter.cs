using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcoGov.Core.Text;

/// <summary>
/// A <see cref="Message"/> in JSON is its bilingual line ("中文 / English"), what the CLI's <c>--json</c> and the API
/// print; read back, it is that line as a verbatim message (<see cref="CoreText.Verbatim"/>).
/// </summary>
public sealed class MessageJsonConverter : JsonConverter<Message>
{
    public override Message Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CoreText.Verbatim(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, Message value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Bilingual);

    public override bool CanConvert(Type typeToConvert) => typeof(Message).IsAssignableFrom(typeToConvert);
}
