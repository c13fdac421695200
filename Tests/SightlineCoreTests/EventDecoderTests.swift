import Testing
@testable import SightlineCore

@Suite struct EventDecoderTests {
    let full = #"{"id":"e1","time":"2025-02-14T03:12:55.250+08:00","account":"a1","organization":"org","conversation":"c1","channel":"api","model":"m","prompt":"写一篇文章 \ud83d\ude00 \"q\"","response":"ok","refused":false,"network":{"ip":"2001:db8::1","asn":4134,"country":"CN","anonymizer":"vpn"},"client":{"user_agent":"ua","device":"d1","timezone":"Asia/Shanghai","locale":"zh-CN"},"account_info":{"email":"x@qq.com","email_domain":"qq.com","phone_country":"CN","payment":"p1","created":"2025-01-01T00:00:00Z","plan":"free"}}"#

    @Test func decodesEveryField() throws {
        let e = try EventDecoder.decode(full)
        #expect(e.id == "e1")
        #expect(e.time == Timestamp.parse("2025-02-13T19:12:55.250Z"))
        #expect(e.account == "a1")
        #expect(e.organization == "org")
        #expect(e.channel == .api)
        #expect(e.prompt == "写一篇文章 😀 \"q\"")
        #expect(e.refused == false)
        #expect(e.ip == "2001:db8::1")
        #expect(e.asn == 4134)
        #expect(e.anonymizer == .vpn)
        #expect(e.device == "d1")
        #expect(e.locale == "zh-CN")
        #expect(e.accountInfo?.domain == "qq.com")
        #expect(e.accountInfo?.created == Timestamp.parse("2025-01-01T00:00:00Z"))
        #expect(e.raw == nil, "no unknown fields, so the typed columns hold everything")
    }

    /// Providers write null for what is absent: optional fields and objects may be null; the
    /// required ones may not.
    @Test func nullMeansAbsentForOptionalFields() throws {
        let line = #"{"id":"e1","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","organization":null,"response":null,"refused":null,"channel":null,"network":null,"client":{"device":null,"locale":"de-DE"},"account_info":{"email":null,"plan":"pro"}}"#
        let e = try EventDecoder.decode(line)
        #expect(e.organization == nil && e.response == nil && e.refused == nil && e.channel == nil && e.ip == nil)
        #expect(e.device == nil && e.locale == "de-DE")
        #expect(e.accountInfo?.email == nil && e.accountInfo?.plan == "pro")
        #expect(e.raw == nil)
        #expect(throws: LineError.self) { _ = try EventDecoder.decode(#"{"id":"e1","time":"2025-02-14T03:12:55Z","account":null,"prompt":"p"}"#) }
    }

    @Test func keepsUnknownFieldsVerbatim() throws {
        let line = #"{"id":"e1","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","x_risk":{"score":[1,2,{"a":null}]},"network":{"ip":"1.2.3.4","pop":"fra"}}"#
        let e = try EventDecoder.decode(line)
        #expect(e.raw == line)
        #expect(e.ip == "1.2.3.4")
    }

    static let bad: [(String, String)] = [
        (#"{"id":"e1","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p""#, "malformed JSON"),
        (#"{"id":"e1",,"time":"x"}"#, "malformed JSON"),
        (#"[1,2]"#, "is a JSON array, not an object"),
        (#""just text""#, "is a JSON string, not an object"),
        (#"42"#, "is a JSON number, not an object"),
        (#"null"#, "is a JSON null, not an object"),
        (#"not json"#, "malformed JSON: bad literal at byte 1"),
        (#"nullx"#, "malformed JSON: unexpected text after the value"),
        (#"tru"#, "malformed JSON"),
        (#"[1,2"#, "malformed JSON"),
        (#"{"time":"2025-02-14T03:12:55Z","account":"a","prompt":"p"}"#, "required field `id` is missing"),
        (#"{"id":"e","account":"a","prompt":"p"}"#, "required field `time` is missing"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","prompt":"p"}"#, "required field `account` is missing"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a"}"#, "required field `prompt` is missing"),
        (#"{"id":7,"time":"2025-02-14T03:12:55Z","account":"a","prompt":"p"}"#, "field `id` must be a string, got the number 7"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":null}"#, "field `prompt` must be a string, got null"),
        (#"{"id":"","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p"}"#, "field `id` must not be empty"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"","prompt":"p"}"#, "field `account` must not be empty"),
        (#"{"id":"e","time":"2025-13-45","account":"a","prompt":"p"}"#, "field `time` is not an RFC 3339 timestamp: '2025-13-45'"),
        (#"{"id":"e","time":"2025-02-30T00:00:00Z","account":"a","prompt":"p"}"#, "not an RFC 3339 timestamp"),
        (#"{"id":"e","time":"2025-02-14 03:12:55","account":"a","prompt":"p"}"#, "not an RFC 3339 timestamp"),
        (#"{"id":"e","time":1739502775,"account":"a","prompt":"p"}"#, "field `time` must be a string"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","channel":"email"}"#, "field `channel` must be one of chat, api, got 'email'"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","refused":"yes"}"#, "field `refused` must be true or false"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","network":"1.2.3.4"}"#, "field `network` must be an object"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","network":{"ip":"300.1.1.1"}}"#, "field `network.ip` is not an IPv4 or IPv6 address"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","network":{"asn":-1}}"#, "field `network.asn` must be at least 0"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","network":{"asn":1.5}}"#, "field `network.asn` must be a whole number"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","network":{"country":"cn"}}"#, "two-letter upper-case country code"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","account_info":{"created":"yesterday"}}"#, "field `account_info.created` is not an RFC 3339 timestamp"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"bad \x escape"}"#, "unknown escape"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"lone \udc00"}"#, "unpaired UTF-16 surrogate"),
        (#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p"} trailing"#, "unexpected text after the object"),
    ]

    @Test(arguments: bad) func rejectsWithAClearReason(line: String, expected: String) {
        #expect {
            _ = try EventDecoder.decode(line)
        } throws: { error in
            guard let e = error as? LineError else { return false }
            return e.reason.contains(expected)
        }
    }

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = Array(#"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"#.utf8) + [0x22, 0xC3, 0x28, 0x22, 0x7D]
        #expect(throws: LineError("the line is not valid UTF-8 (bad byte at byte 65)")) {
            try bytes.withUnsafeBufferPointer { try EventDecoder.decode($0) }
        }
    }

    @Test func rejectsDeepNesting() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let line = #"{"id":"e","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p","x":"# + deep + "}"
        #expect(throws: LineError.self) { try EventDecoder.decode(line) }
    }

    @Test func countsLengthInCharactersNotBytes() throws {
        let cjk = String(repeating: "汉", count: 256)  // 768 bytes, 256 characters: allowed
        _ = try EventDecoder.decode(#"{"id":"\#(cjk)","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p"}"#)
        let long = String(repeating: "a", count: 257)
        #expect(throws: LineError.self) {
            try EventDecoder.decode(#"{"id":"\#(long)","time":"2025-02-14T03:12:55Z","account":"a","prompt":"p"}"#)
        }
    }

    @Test func quotesUntrustedTextSafely() {
        let q = LineError.quote("abc\u{202E}evil\u{0007}" + String(repeating: "x", count: 100))
        #expect(q.contains("\\u{202E}"))
        #expect(q.contains("\\u{7}"))
        #expect(!q.contains("\u{202E}"))
        #expect(q.hasSuffix("…'"))
    }

    @Test func observationsDecode() throws {
        let o = try ObservationDecoder.decode(#"{"id":"o1","time":"2025-03-01T10:00:00Z","platform":"x","text":"hola","engagement":{"views":10,"likes":2},"reposted_by":["@a","@b"],"policy_response":true}"#)
        #expect(o.views == 10)
        #expect(o.repostedBy == ["@a", "@b"])
        #expect(o.policyResponse == true)
        #expect(throws: LineError.self) {
            try ObservationDecoder.decode(#"{"id":"o1","time":"2025-03-01T10:00:00Z","platform":"","text":"t"}"#)
        }
        #expect(throws: LineError.self) {
            try ObservationDecoder.decode(#"{"id":"o1","time":"2025-03-01T10:00:00Z","platform":"x","text":"t","engagement":{"views":-3}}"#)
        }
    }
}

@Suite struct TimestampTests {
    @Test func parsesOffsetsAndFractions() {
        #expect(Timestamp.parse("1970-01-01T00:00:00Z") == 0)
        #expect(Timestamp.parse("1970-01-01T08:00:00+08:00") == 0)
        #expect(Timestamp.parse("1969-12-31T23:00:00-01:00") == 0)
        #expect(Timestamp.parse("2024-02-29T12:00:00.5Z") == Timestamp.parse("2024-02-29T12:00:00Z")! + 500)
        #expect(Timestamp.parse("2023-02-29T12:00:00Z") == nil)
        #expect(Timestamp.parse("2025-01-01T24:00:00Z") == nil)
        #expect(Timestamp.parse("2025-01-01T10:00:00+0800") == nil)
    }

    @Test func formatsRoundTrip() {
        for ms: Int64 in [0, 1_739_502_775_123, 951_782_400_000, -86_400_000] {
            #expect(Timestamp.parse(Timestamp.format(ms)) == ms)
        }
        #expect(Timestamp.format(1_739_502_775_000) == "2025-02-14T03:12:55Z")
    }
}

@Suite struct IPAddressTests {
    @Test func parsesAndGroups() {
        #expect(IPAddress("192.168.1.20")?.prefix == "192.168.1.0/24")
        #expect(IPAddress("2001:db8:abcd:12::1")?.prefix == "2001:db8:abcd::/48")
        #expect(IPAddress("::ffff:1.2.3.4") != nil)
        for bad in ["1.2.3", "01.2.3.4", "1.2.3.256", "1::2::3", "abc", "1:2:3:4:5:6:7:8:9", "", "1..2.3", "1.2.3.4.", "1.2.3.4.5"] {
            #expect(IPAddress(bad) == nil, "\(bad)")
            #expect(!IPAddress.isValid(bad), "\(bad)")
        }
        for good in ["0.0.0.0", "255.255.255.255", "10.0.0.1", "::1", "2001:db8::8a2e:370:7334"] {
            #expect(IPAddress.isValid(good), "\(good)")
        }
    }
}
