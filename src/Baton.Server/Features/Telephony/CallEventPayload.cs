using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Baton.Core;
using Baton.Core.Telephony;

namespace Baton.Server.Features.Telephony;

/// <summary>
/// The webhook's JSON body, as a PBX sends it: <c>{event, call_id, caller, queue, code, by, pbx_ts}</c> plus optional
/// <c>agent</c>, <c>target_queue</c>, <c>menu_option</c>, <c>notes</c>, <c>transcript</c> and <c>delivery_id</c>.
/// Values may be strings or numbers (Kamailio sends everything as strings, empty when unset).
/// </summary>
public sealed record CallEventPayload(
    string DeliveryId, CallEventKind Kind, string CallId, string Caller, string Queue, DateTime At, int? Code, string? By,
    string? Agent, string? TargetQueue, string? MenuOption, string? Notes, string? Transcript)
{
    public const string DeliveryHeader = "X-Baton-Delivery";

    private static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Reads and validates everything before anything is stored; a bad field is refused by name.</summary>
    public static CallEventPayload Parse(ReadOnlySpan<byte> body, string? deliveryHeader, DateTime now)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new DomainException("body", "The body is not JSON.");
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DomainException("body", "The body is a JSON object.");
        }
        var kind = CallEventKinds.Parse(Text(root, "event", 32));
        var callId = Text(root, "call_id", 256) ?? throw new DomainException("call_id", "Every event names its call.");
        var caller = Text(root, "caller", 128) ?? "";
        var queue = IvrMenu.RequireQueueName(Text(root, "queue", 64));
        var at = Timestamp(root, now);
        var code = SipCode(root);
        var menuOption = Text(root, "menu_option", 8);
        if (menuOption is not null && !menuOption.All(c => char.IsAsciiDigit(c) || c is '*' or '#'))
        {
            throw new DomainException("menu_option", "A menu option is keypad characters: 0–9, * or #.");
        }
        var targetQueue = Text(root, "target_queue", 64) is { } target ? IvrMenu.RequireQueueName(target) : null;
        if (kind == CallEventKind.Transferred && targetQueue is null)
        {
            throw new DomainException("target_queue", "A transfer names the queue the call went to.");
        }
        var given = deliveryHeader?.Trim() is { Length: > 0 } header ? header : Text(root, "delivery_id", 128);
        if (given is { Length: > 128 })
        {
            throw new DomainException("delivery_id", "A delivery id is at most 128 characters.");
        }
        var deliveryId = given ?? DerivedDeliveryId(callId, kind, at);
        return new CallEventPayload(deliveryId, kind, callId, caller, queue, at, code, Text(root, "by", 128), Text(root, "agent", 64),
            targetQueue, menuOption, Text(root, "notes", 4000), Text(root, "transcript", 100_000));
    }

    /// <summary>
    /// For a PBX that sends no delivery id: the same event of the same call at the same PBX instant is the same delivery,
    /// so a resend is recognised while two genuinely different events never collide.
    /// </summary>
    public static string DerivedDeliveryId(string callId, CallEventKind kind, DateTime at) =>
        "d:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{callId}\n{kind.WireName()}\n{Instants.Format(at)}")));

    public CallEventRecord ToRecord(Guid tokenId, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        DeliveryId = DeliveryId,
        CallId = CallId,
        Kind = Kind,
        At = At,
        Caller = Caller,
        Queue = Queue,
        Code = Code,
        By = By,
        Agent = Agent,
        TargetQueue = TargetQueue,
        MenuOption = MenuOption,
        Notes = Notes,
        Transcript = Transcript,
        ReceivedAt = now,
        TokenId = tokenId,
    };

    private static string? Text(JsonElement root, string name, int maxLength)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new DomainException(name, $"'{name}' is a string."),
        };
        text = text?.Trim();
        if (text is { Length: > 0 } && text.Length > maxLength)
        {
            throw new DomainException(name, $"'{name}' is at most {maxLength} characters.");
        }
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>pbx_ts: Unix seconds with an optional fraction (Kamailio's $TV(Sn): "1767600000.123456"), or ISO 8601.</summary>
    private static DateTime Timestamp(JsonElement root, DateTime now)
    {
        var text = Text(root, "pbx_ts", 40) ?? throw new DomainException("pbx_ts", "Every event carries the PBX's timestamp.");
        DateTime at;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds < 100_000_000_000m)
        {
            at = DateTime.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
        }
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            at = parsed.UtcDateTime;
        }
        else
        {
            throw new DomainException("pbx_ts", "pbx_ts is Unix seconds (\"1767600000.25\") or an ISO 8601 instant.");
        }
        at = Instants.Normalize(at);
        return at < Earliest || at > now.AddDays(1)
            ? throw new DomainException("pbx_ts", $"pbx_ts {Instants.Format(at)} is not a plausible instant for a call.")
            : at;
    }

    private static int? SipCode(JsonElement root) =>
        Text(root, "code", 3) switch
        {
            null => null,
            var t when int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c is >= 100 and <= 699 => c,
            _ => throw new DomainException("code", "code is a SIP status, 100 to 699."),
        };
}
