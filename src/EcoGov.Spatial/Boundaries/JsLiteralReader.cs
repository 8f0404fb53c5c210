using System.Globalization;
using System.Text;

namespace EcoGov.Spatial.Boundaries;

/// <summary>
/// Reads a JavaScript literal value (object, array, string, number, boolean, null) from script text,
/// without evaluating anything. Tolerates what minified map scripts contain and strict JSON does not:
/// unquoted keys (<c>type:"Feature"</c>), single-quoted strings, <c>!0</c>/<c>!1</c> for true/false,
/// trailing commas, comments, and all JS string escapes (<c>\\</c>, <c>\xHH</c>, <c>\uHHHH</c>, <c>\u{…}</c>).
/// Objects become <see cref="Dictionary{TKey,TValue}"/> (string → object?), arrays <see cref="List{T}"/>
/// of object?, numbers <see cref="double"/>.
/// </summary>
internal sealed class JsLiteralReader
{
    private readonly string _s;
    private int _pos;

    public JsLiteralReader(string text, int position)
    {
        _s = text;
        _pos = position;
    }

    public int Position => _pos;

    public object? ReadValue()
    {
        SkipTrivia();
        var c = Peek();
        return c switch
        {
            '{' => ReadObject(),
            '[' => ReadArray(),
            '"' or '\'' => ReadString(),
            '!' => ReadNegatedNumber(),
            '-' or '+' or '.' or (>= '0' and <= '9') => ReadNumber(),
            _ when IsIdentifierStart(c) => ReadKeyword(),
            _ => throw Error($"unexpected character '{c}'"),
        };
    }

    /// <summary>Skips whitespace and expects <paramref name="c"/>; used between call arguments.</summary>
    public void Expect(char c)
    {
        SkipTrivia();
        if (Peek() != c) throw Error($"expected '{c}'");
        _pos++;
    }

    private Dictionary<string, object?> ReadObject()
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _pos++; // {
        while (true)
        {
            SkipTrivia();
            if (Peek() == '}') { _pos++; return result; }
            var key = ReadKey();
            Expect(':');
            result[key] = ReadValue();
            SkipTrivia();
            if (Peek() == ',') { _pos++; continue; }
            if (Peek() == '}') { _pos++; return result; }
            throw Error("expected ',' or '}' in object");
        }
    }

    private List<object?> ReadArray()
    {
        var result = new List<object?>();
        _pos++; // [
        while (true)
        {
            SkipTrivia();
            if (Peek() == ']') { _pos++; return result; }
            result.Add(ReadValue());
            SkipTrivia();
            if (Peek() == ',') { _pos++; continue; }
            if (Peek() == ']') { _pos++; return result; }
            throw Error("expected ',' or ']' in array");
        }
    }

    private string ReadKey()
    {
        var c = Peek();
        if (c is '"' or '\'') return ReadString();
        if (char.IsAsciiDigit(c)) return ((double)ReadNumber()).ToString(CultureInfo.InvariantCulture);
        if (!IsIdentifierStart(c)) throw Error($"unexpected character '{c}' in object key");
        return ReadIdentifier();
    }

    private string ReadString()
    {
        var quote = _s[_pos++];
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _s.Length) throw Error("unterminated string");
            var c = _s[_pos++];
            if (c == quote) return sb.ToString();
            if (c != '\\') { sb.Append(c); continue; }
            if (_pos >= _s.Length) throw Error("unterminated escape");
            ReadEscape(sb);
        }
    }

    private void ReadEscape(StringBuilder sb)
    {
        var e = _s[_pos++];
        switch (e)
        {
            case 'n': sb.Append('\n'); break;
            case 't': sb.Append('\t'); break;
            case 'r': sb.Append('\r'); break;
            case 'b': sb.Append('\b'); break;
            case 'f': sb.Append('\f'); break;
            case 'v': sb.Append('\v'); break;
            case '0' when _pos >= _s.Length || !char.IsAsciiDigit(_s[_pos]): sb.Append('\0'); break;
            case 'x': sb.Append((char)ReadHex(2)); break;
            case 'u' when Peek() == '{':
                _pos++;
                var end = _s.IndexOf('}', _pos);
                if (end < 0) throw Error("unterminated \\u{…} escape");
                sb.Append(char.ConvertFromUtf32(int.Parse(_s.AsSpan(_pos, end - _pos), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                _pos = end + 1;
                break;
            case 'u': sb.Append((char)ReadHex(4)); break;
            case '\r': if (Peek() == '\n') _pos++; break; // line continuation
            case '\n' or '\u2028' or '\u2029': break;      // line continuation
            default: sb.Append(e); break;                   // \\ \" \' \/ and identity escapes
        }
    }

    private int ReadHex(int digits)
    {
        if (_pos + digits > _s.Length) throw Error("truncated hex escape");
        var value = int.Parse(_s.AsSpan(_pos, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _pos += digits;
        return value;
    }

    /// <summary>Minifiers write true as <c>!0</c> and false as <c>!1</c>.</summary>
    private bool ReadNegatedNumber()
    {
        _pos++; // !
        SkipTrivia();
        var operand = ReadValue();
        return operand switch
        {
            double d => d == 0,
            bool b => !b,
            null => true,
            string s => s.Length == 0,
            _ => false,
        };
    }

    private object ReadNumber()
    {
        int start = _pos;
        if (Peek() is '-' or '+') _pos++;
        if (Peek() == '0' && _pos + 1 < _s.Length && _s[_pos + 1] is 'x' or 'X')
        {
            _pos += 2;
            int hexStart = _pos;
            while (_pos < _s.Length && char.IsAsciiHexDigit(_s[_pos])) _pos++;
            var hex = (double)long.Parse(_s.AsSpan(hexStart, _pos - hexStart), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return _s[start] == '-' ? -hex : hex;
        }
        while (_pos < _s.Length && (char.IsAsciiDigit(_s[_pos]) || _s[_pos] is '.' or 'e' or 'E'
               || (_s[_pos] is '+' or '-' && _s[_pos - 1] is 'e' or 'E'))) _pos++;
        var span = _s.AsSpan(start, _pos - start);
        if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw Error($"bad number '{span}'");
        return value;
    }

    private object? ReadKeyword()
    {
        var word = ReadIdentifier();
        return word switch
        {
            "true" => true,
            "false" => false,
            "null" or "undefined" => null,
            _ => throw Error($"unsupported identifier '{word}' (only literals are read, nothing is evaluated)"),
        };
    }

    private string ReadIdentifier()
    {
        int start = _pos;
        while (_pos < _s.Length && (IsIdentifierStart(_s[_pos]) || char.IsAsciiDigit(_s[_pos]))) _pos++;
        return _s[start.._pos];
    }

    private static bool IsIdentifierStart(char c) => c is '_' or '$' || char.IsLetter(c);

    private void SkipTrivia()
    {
        while (_pos < _s.Length)
        {
            if (char.IsWhiteSpace(_s[_pos])) { _pos++; continue; }
            if (_s[_pos] == '/' && _pos + 1 < _s.Length && _s[_pos + 1] == '/')
            {
                var eol = _s.IndexOf('\n', _pos);
                _pos = eol < 0 ? _s.Length : eol + 1;
                continue;
            }
            if (_s[_pos] == '/' && _pos + 1 < _s.Length && _s[_pos + 1] == '*')
            {
                var close = _s.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                _pos = close < 0 ? _s.Length : close + 2;
                continue;
            }
            break;
        }
    }

    private char Peek() => _pos < _s.Length ? _s[_pos] : '\0';

    private FormatException Error(string message) => new($"JS literal at offset {_pos}: {message}");
}
