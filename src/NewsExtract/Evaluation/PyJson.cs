using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>
/// Python semantics over parsed JSON, as score.py sees it after json.load: a missing key is None,
/// JSON integers are ints (and booleans are ints too), equality is Python's ==, truthiness Python's.
/// A missing value is a null <see cref="JsonElement"/>?.
/// </summary>
internal static class PyJson
{
    /// <summary>obj.get(name): null when obj is not an object or lacks the key.</summary>
    public static JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : null;

    public static bool Has(JsonElement obj, string name) => Get(obj, name) is not null;

    public static bool IsNone(JsonElement? value) => value is not { } v || v.ValueKind == JsonValueKind.Null;

    public static bool IsTruthy(JsonElement? value)
    {
        if (value is not { } v)
        {
            return false;
        }

        return v.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.False => false,
            JsonValueKind.True => true,
            JsonValueKind.Number => NumberOf(v) != 0,
            JsonValueKind.String => v.GetString()!.Length > 0,
            JsonValueKind.Array => v.GetArrayLength() > 0,
            _ => v.EnumerateObject().Any(),
        };
    }

    /// <summary>`x.get(name, default) == text`: a missing key compares its default.</summary>
    public static bool GetEquals(JsonElement obj, string name, string defaultValue, string text) =>
        Get(obj, name) is { } v ? IsString(v, text) : defaultValue == text;

    /// <summary>`x.get(name, True)` read as a condition.</summary>
    public static bool IsTruthyOrMissing(JsonElement obj, string name) =>
        Get(obj, name) is not { } v || IsTruthy(v);

    public static bool IsString(JsonElement? value, string text) =>
        value is { ValueKind: JsonValueKind.String } v && v.GetString() == text;

    /// <summary>The string, or "" for anything else: what `(s or "")` gives for the strings and nulls of real files.</summary>
    public static string StringOrEmpty(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } v ? v.GetString()! : string.Empty;

    /// <summary>isinstance(value, int): a JSON integer literal or a boolean.</summary>
    public static bool TryGetInt(JsonElement? value, out double number) => TryGetNumeric(value, integersOnly: true, out number);

    /// <summary>Any number (or boolean) as a double: how Python arithmetic sees it.</summary>
    public static bool TryGetNumber(JsonElement? value, out double number) => TryGetNumeric(value, integersOnly: false, out number);

    private static bool TryGetNumeric(JsonElement? value, bool integersOnly, out double number)
    {
        number = 0;
        if (value is not { } v)
        {
            return false;
        }

        switch (v.ValueKind)
        {
            case JsonValueKind.True:
                number = 1;
                return true;
            case JsonValueKind.False:
                return true;
            case JsonValueKind.Number when !integersOnly || IsIntegerLiteral(v):
                number = NumberOf(v);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Python ==, with None for a missing value.</summary>
    public static bool PyEquals(JsonElement? a, JsonElement? b)
    {
        if (IsNone(a) || IsNone(b))
        {
            return IsNone(a) && IsNone(b);
        }

        var (x, y) = (a!.Value, b!.Value);
        if (TryGetNumber(x, out var m) && TryGetNumber(y, out var n))
        {
            return m == n;
        }

        if (x.ValueKind != y.ValueKind)
        {
            return false;
        }

        return x.ValueKind switch
        {
            JsonValueKind.String => x.GetString() == y.GetString(),
            JsonValueKind.Array => x.GetArrayLength() == y.GetArrayLength()
                && x.EnumerateArray().Zip(y.EnumerateArray()).All(pair => PyEquals(pair.First, pair.Second)),
            _ => ObjectsEqual(x, y),
        };
    }

    public static bool PyEqualsNumber(JsonElement? a, double number) => TryGetNumber(a, out var n) && n == number;

    /// <summary>str(value): a string as is, anything else as its repr.</summary>
    public static string Str(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } v ? v.GetString()! : Repr(value);

    public static string Repr(JsonElement? value)
    {
        if (value is not { } v)
        {
            return "None";
        }

        switch (v.ValueKind)
        {
            case JsonValueKind.Null:
                return "None";
            case JsonValueKind.True:
                return "True";
            case JsonValueKind.False:
                return "False";
            case JsonValueKind.String:
                return PyRepr.String(v.GetString()!);
            case JsonValueKind.Number:
                return IsIntegerLiteral(v) ? PyRepr.Integer(v.GetRawText()) : PyRepr.Float(NumberOf(v));
            case JsonValueKind.Array:
                return "[" + string.Join(", ", v.EnumerateArray().Select(item => Repr(item))) + "]";
            default:
                var text = new StringBuilder("{");
                foreach (var property in Properties(v))
                {
                    if (text.Length > 1)
                    {
                        text.Append(", ");
                    }

                    text.Append(PyRepr.String(property.Key)).Append(": ").Append(Repr(property.Value));
                }

                return text.Append('}').ToString();
        }
    }

    // Python reads 1e400 as inf; JsonElement.GetDouble would throw, double.Parse gives infinity too.
    private static double NumberOf(JsonElement number) =>
        double.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool IsIntegerLiteral(JsonElement number) =>
        number.GetRawText().AsSpan().IndexOfAny(".eE") < 0;

    // json.loads keeps the last of duplicate keys, in the position of the first.
    private static List<KeyValuePair<string, JsonElement>> Properties(JsonElement obj)
    {
        var properties = new List<KeyValuePair<string, JsonElement>>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (positions.TryGetValue(property.Name, out var at))
            {
                properties[at] = new(property.Name, property.Value);
            }
            else
            {
                positions[property.Name] = properties.Count;
                properties.Add(new(property.Name, property.Value));
            }
        }

        return properties;
    }

    private static bool ObjectsEqual(JsonElement x, JsonElement y)
    {
        var left = Properties(x);
        var right = Properties(y).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return left.Count == right.Count
            && left.All(p => right.TryGetValue(p.Key, out var other) && PyEquals(p.Value, other));
    }
}
