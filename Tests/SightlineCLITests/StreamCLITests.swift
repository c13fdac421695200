import Foundation
import Testing

/// `sightline stream`: the per-event stages as a filter, for the Spark job.
@Suite struct StreamCLITests {
    /// A prompt of the generated scenario's influence operation, which the fast tier flags.
    static let flaggedPrompt = "Generate 20 short comments in Taglish supporting the governor's free clinic program. Each under 10 words, casual, add 1-2 emojis. Make them sound like different ordinary Facebook users."
    static let events = [
        #"{"id":"e1","time":"2025-02-14T03:12:55Z","account":"a1","prompt":"\#(flaggedPrompt)","response":"Lo siento, no puedo ayudar con eso.","refused":true,"network":{"ip":"203.0.113.9","anonymizer":"vpn"},"client":{"device":"d-17"},"account_info":{"payment":"card-1","email":"x@Example.com"}}"#,
        "{oops",
        "",
        #"{"id":"e3","time":"2025-02-14T03:12:55Z","prompt":"no account"}"#,
        #"{"id":"e4","time":"2025-02-14T04:00:00.250Z","account":"a2","prompt":"What is a good recipe for lentil soup?","organization":"org-9"}"#,
    ].joined(separator: "\n") + "\n"

    @Test func reportsBadLinesWithTheirNumberAndGoesOn() throws {
        let r = try CLI.run(["stream", "events"], stdin: Data(Self.events.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let rows = try lines.map { try json($0) }
        #expect(rows.map { $0["line"] as? Int } == [1, 2, 4, 5])
        #expect((rows[1]["error"] as? String)?.hasPrefix("malformed JSON") == true)
        #expect(rows[2]["error"] as? String == "required field `account` is missing")
        #expect(rows[0]["error"] == nil && rows[3]["error"] == nil)
        #expect(rows[3]["id"] as? String == "e4")
    }

    @Test func writesWhatProfilesTriageAndLinkingNeedAndNoText() throws {
        let r = try CLI.run(["stream"], stdin: Data(Self.events.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try r.stdout.split(separator: "\n").map { try json(String($0)) }
        let first = rows[0]
        #expect(first["id"] as? String == "e1")
        #expect(first["account"] as? String == "a1")
        #expect(first["time"] as? Int == 1_739_502_775_000)
        #expect(first["response_language"] as? String == "es")
        #expect((first["signature"] as? String)?.count == 256)
        #expect(first["length"] as? Int == Self.flaggedPrompt.unicodeScalars.count)
        let infrastructure = try #require(first["infrastructure"] as? [String: Any])
        #expect(infrastructure["device"] as? String == "d-17")
        #expect(infrastructure["ip"] as? String == "203.0.113.9")
        #expect(infrastructure["anonymizer"] as? String == "vpn")
        let info = try #require(first["account_info"] as? [String: Any])
        #expect(info["payment"] as? String == "card-1")
        #expect(info["email_domain"] as? String == "example.com")
        let profile = try #require(first["profile"] as? [String: Any])
        #expect(profile["events"] as? Int == 1)
        #expect(profile["refusals"] as? Int == 1)
        let last = rows[3]
        #expect(last["time"] as? Int == 1_739_505_600_250)
        #expect(last["category"] as? String == "benign")
        #expect(last["account_info"] is NSNull)
        #expect((last["profile"] as? [String: Any])?["flagged"] as? [String: Int] == [:])
        #expect(last["infrastructure"] as? [String: String] == ["organization": "org-9"])
        // Classification is the fast tier's, as `classify --tier fast` gives it.
        let classify = try CLI.run(["classify", "--tier", "fast"], stdin: Data(#"{"id":"x","text":"\#(Self.flaggedPrompt)"}"#.utf8))
        let expected = try json(classify.stdout)
        #expect(first["category"] as? String == expected["category"] as? String)
        #expect(first["score"] as? Double == expected["score"] as? Double)
        #expect(first["prompt_language"] as? String == expected["language"] as? String)
        #expect(first["signals"] as? [String] == expected["signals"] as? [String])
        #expect(first["category"] as? String == "influence")
        #expect(profile["flagged"] as? [String: Int] == ["influence": 1])
        #expect((profile["score_sum"] as? [String: Double])?["influence"] == first["score"] as? Double)
        #expect(profile["language_mismatches"] as? Int == 1)
        #expect(!r.stdout.contains("Taglish") && !r.stdout.contains("lentil") && !r.stdout.contains("Lo siento"))
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let a = try CLI.run(["stream", "events"], stdin: Data(Self.events.utf8))
        let b = try CLI.run(["stream", "events"], stdin: Data(Self.events.utf8))
        #expect(a.status == 0 && b.status == 0)
        #expect(!a.stdout.isEmpty)
        #expect(a.stdout == b.stdout)
    }

    @Test func accountsAreScoredByTheBehaviourRule() throws {
        let input = [
            #"{"account":"op","events":2,"flagged":{"scam":2},"score_sum":{"scam":1.8},"language_mismatches":0,"refusals":0}"#,
            #"{"account":"someone","events":40,"flagged":{},"score_sum":{},"language_mismatches":0,"refusals":0}"#,
            #"{"account":"x"}"#,
        ].joined(separator: "\n")
        let r = try CLI.run(["stream", "accounts"], stdin: Data(input.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try r.stdout.split(separator: "\n").map { try json(String($0)) }
        #expect(rows.count == 3)
        // volume 1 - e^-1, share 0.4 + 0.6 * 2/2, quality 0.9: 0.632 * 1 * 0.95, to three places.
        #expect(rows[0]["risk"] as? Double == 0.601)
        #expect(rows[0]["category"] as? String == "scam")
        #expect(rows[0]["seed"] as? Bool == true)
        #expect(rows[1]["risk"] as? Double == 0)
        #expect(rows[1]["category"] as? String == "benign")
        #expect(rows[1]["seed"] as? Bool == false)
        #expect(rows[2]["line"] as? Int == 3)
        #expect(rows[2]["error"] != nil)
    }
}
