using System.Text.Json;

namespace Baton.Core.Commitments;

/// <summary>Renders the before/after of an audit entry as a small JSON object with fields in a fixed order, so hashes are stable.</summary>
internal static class AuditState
{
    public static string Of(params (string Name, object? Value)[] fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                switch (value)
                {
                    case null:
                        json.WriteNull(name);
                        break;
                    case DateTime instant:
                        json.WriteString(name, Instants.Format(instant));
                        break;
                    case Guid id:
                        json.WriteString(name, id.ToString("D"));
                        break;
                    case bool flag:
                        json.WriteBoolean(name, flag);
                        break;
                    case int number:
                        json.WriteNumber(name, number);
                        break;
                    default:
                        json.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
