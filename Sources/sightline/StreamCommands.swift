import ArgumentParser
import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlinePipeline

/// `sightline stream`: the per-event stages as a filter, for jobs that run them where the logs
/// are (the Spark job in `spark/`). No store; the same input gives the same bytes.
struct StreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Run the per-event stages as a filter: contract events in, classifications out (no store).",
        discussion: """
            `stream events` reads usage events (JSON Lines, event.schema.json) and writes one line per event with what account profiles, triage and linking need; `stream accounts` turns per-account sums of the events' `profile` fields into behaviour scores with the same rule `analyze` uses. The Spark job in spark/ pipes partitions through both. See docs/SPARK.md.
            """,
        subcommands: [StreamEvents.self, StreamAccounts.self],
        defaultSubcommand: StreamEvents.self)
}

/// The additive part of an account profile: what one event adds, and what a sum over an
/// account's events is. `flagged` and `score_sum` are keyed by category id (threat categories only).
struct ProfileSums: Codable {
    var events: Int
    var flagged: [String: Int]
    var scoreSum: [String: Double]
    var languageMismatches: Int
    var refusals: Int

    enum CodingKeys: String, CodingKey {
        case events, flagged, scoreSum = "score_sum", languageMismatches = "language_mismatches", refusals
    }

    init(_ p: AccountProfile) {
        events = p.events
        var f: [String: Int] = [:]
        var s: [String: Double] = [:]
        for c in ThreatCategory.allCases where p.flagged[c.index] > 0 {
            f[c.rawValue] = p.flagged[c.index]
            s[c.rawValue] = p.scoreSum[c.index]
        }
        flagged = f
        scoreSum = s
        languageMismatches = p.languageMismatches
        refusals = p.refusals
    }
}

struct StreamEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Contract events (JSON Lines) in, one JSON line per event out: classification, profile sums, infrastructure, prompt signature.",
        discussion: """
            Output, per event: {"line", "id", "account", "time" (milliseconds since the epoch), "category", "score", "scores" (threat categories scored above 0), "prompt_language", "response_language", "signals", "profile" (what the event adds to its account's profile: {"events", "flagged", "score_sum", "language_mismatches", "refusals"}), "infrastructure" ({"device", "ip", "anonymizer", "organization"}, each only when the event has it), "account_info" ({"time", "payment", "email_domain"} when the event carries account facts), "signature" (the prompt's 64 16-bit MinHash values as 256 hex digits, empty for a prompt too short to sign) and "length" (Unicode scalars)}. No prompt or response text is written.

            A line that is not a valid event gives {"line", "error"} with the reason ingest would quarantine it for, and the stream goes on. Blank lines are skipped but counted in line numbers. `--tier` defaults to fast: the per-event classification `analyze --tier fast` stores.
            """)

    @Option(help: "Input file instead of stdin (`.gz` too).") var input = "-"
    @Option(help: "Policy file (YAML) replacing the built-in one; see `sightline policy`.") var policy: String?
    @Option(help: "Model file written by `sightline train`.") var model: String?
    @Option(help: "fast (the default: phrases and the hashed-feature model), auto or semantic (every prompt through the encoder).")
    var tier: Tier = .fast

    struct Infrastructure: Encodable {
        var device: String?
        var ip: String?
        var anonymizer: String?
        var organization: String?
    }

    struct Facts: Encodable {
        var time: Int64
        var payment: String?
        var emailDomain: String?
        enum CodingKeys: String, CodingKey { case time, payment, emailDomain = "email_domain" }
    }

    struct Output: Encodable {
        var line: Int
        var id: String
        var account: String
        var time: Int64
        var category: String
        var score: Double
        var scores: [String: Double]
        var promptLanguage: String
        var responseLanguage: String?
        var signals: [String]
        var profile: ProfileSums
        var infrastructure: Infrastructure
        var accountInfo: Facts?
        var signature: String
        var length: Int

        enum CodingKeys: String, CodingKey {
            case line, id, account, time, category, score, scores, promptLanguage = "prompt_language", responseLanguage = "response_language",
                signals, profile, infrastructure, accountInfo = "account_info", signature, length
        }

        // Absent optionals are written as null, so every line has the same fields.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(line, forKey: .line)
            try c.encode(id, forKey: .id)
            try c.encode(account, forKey: .account)
            try c.encode(time, forKey: .time)
            try c.encode(category, forKey: .category)
            try c.encode(score, forKey: .score)
            try c.encode(scores, forKey: .scores)
            try c.encode(promptLanguage, forKey: .promptLanguage)
            try c.encode(responseLanguage, forKey: .responseLanguage)
            try c.encode(signals, forKey: .signals)
            try c.encode(profile, forKey: .profile)
            try c.encode(infrastructure, forKey: .infrastructure)
            try c.encode(accountInfo, forKey: .accountInfo)
            try c.encode(signature, forKey: .signature)
            try c.encode(length, forKey: .length)
        }
    }

    struct Failure: Encodable {
        var line: Int
        var error: String
    }

    func run() throws {
        let (classifier, semantic) = try detectionOptions().classifierAndTier()
        let source: ByteSource
        do { source = try openInput(input) } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        let reader = LineReader(source)
        let hasher = MinHasher()
        let writer = JSONLineWriter()
        var out = FileHandleOutput()
        while true {
            let batch: LineBatch
            do {
                guard let next = try reader.next(maxLines: 512) else { break }
                batch = next
            } catch {
                out.flush()
                Terminal.error(error.description)
                throw ExitCode(1)
            }
            var lines: [(line: Int, text: String)] = []
            var events: [(line: Int, event: UsageEvent)] = []
            batch.storage.withUnsafeBufferPointer { all in
                for (i, r) in batch.ranges.enumerated() {
                    do throws(LineError) {
                        events.append((batch.lineNumbers[i], try EventDecoder.decode(UnsafeBufferPointer(rebasing: all[r]))))
                    } catch {
                        lines.append((batch.lineNumbers[i], writer.line(Failure(line: batch.lineNumbers[i], error: error.reason))))
                    }
                }
            }
            for o in batch.oversize {
                lines.append((o.line, writer.line(Failure(line: o.line, error: "the line is \(o.size) bytes, over the \(LineReader.defaultMaxLineBytes)-byte line limit"))))
            }
            let vectors = semantic?.promptVectors(events.map(\.event.prompt))
            for (k, item) in events.enumerated() {
                let e = item.event
                let v = vectors?[k]
                let c = classifier.classify(e.prompt, vector: v?.vector, instruction: v?.instruction)
                var responseLanguage: String? = nil
                if let r = e.response, !r.isEmpty { responseLanguage = LanguageIdentifier.identify(r).code }
                let classification = EventClassification(
                    category: c.category, score: c.score, scores: ThreatCategory.allCases.map { c.scores[$0] ?? 0 },
                    promptLanguage: c.language.code, responseLanguage: responseLanguage, signals: c.signals)
                // What this event adds to its account's profile, by the profile's own rule.
                let profile = AccountProfile.build([AnalysisEvent(seq: 0, event: e, classification: classification)])[e.account]!
                var scores: [String: Double] = [:]
                for t in ThreatCategory.allCases where classification.scores[t.index] > 0 { scores[t.rawValue] = classification.scores[t.index] }
                let row = hasher.signatureRow(e.prompt)
                let facts = e.accountInfo.map { Facts(time: e.time, payment: $0.payment, emailDomain: $0.domain) }
                lines.append((item.line, writer.line(Output(
                    line: item.line, id: e.id, account: e.account, time: e.time, category: c.category.rawValue, score: c.score, scores: scores,
                    promptLanguage: classification.promptLanguage, responseLanguage: responseLanguage, signals: c.signals,
                    profile: ProfileSums(profile),
                    infrastructure: Infrastructure(device: e.device, ip: e.ip, anonymizer: e.anonymizer?.rawValue, organization: e.organization),
                    accountInfo: facts, signature: Self.hex(row.signature), length: row.length))))
            }
            // Input order: a reader of the output can pair line n with the n-th line it sent.
            lines.sort { $0.line < $1.line }
            for l in lines { out.write(l.text) }
        }
        out.flush()
    }

    func detectionOptions() throws -> DetectionOptions {
        var arguments = ["--tier", tier.rawValue]
        if let policy { arguments += ["--policy", policy] }
        if let model { arguments += ["--model", model] }
        return try DetectionOptions.parse(arguments)
    }

    static func hex(_ values: [UInt16]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 4)
        for v in values {
            for shift in stride(from: 12, through: 0, by: -4) { bytes.append(digits[Int((v >> UInt16(shift)) & 0xF)]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

struct StreamAccounts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts",
        abstract: "Per-account profile sums in, behaviour scores out, by the rule `analyze` uses.",
        discussion: """
            Input, per account: {"account", "events", "flagged", "score_sum", "language_mismatches", "refusals"}: the sums of its events' `profile` fields from `stream events` (add `score_sum` in the events' input order to get the same bits as `analyze`). Output: {"account", "risk", "category", "behaviour" (categories scored above 0), "seed"} where `seed` says the risk reaches the policy's account threshold (triage's first door). A line that is not such an object gives {"line", "error"}.
            """)

    @Option(help: "Input file instead of stdin.") var input = "-"
    @Option(help: "Policy file (YAML) replacing the built-in one (its account threshold decides `seed`).") var policy: String?

    struct Sums: Decodable {
        var account: String
        var sums: ProfileSums
        init(from decoder: any Decoder) throws {
            account = try decoder.container(keyedBy: AccountKey.self).decode(String.self, forKey: .account)
            sums = try ProfileSums(from: decoder)
        }
        enum AccountKey: String, CodingKey { case account }
    }

    struct Output: Encodable {
        var account: String
        var risk: Double
        var category: String
        var behaviour: [String: Double]
        var seed: Bool
    }

    struct Failure: Encodable {
        var line: Int
        var error: String
    }

    func run() throws {
        var arguments: [String] = []
        if let policy { arguments += ["--policy", policy] }
        let threshold = try DetectionOptions.parse(arguments).loadPolicy().accountThreshold
        let writer = JSONLineWriter()
        var out = FileHandleOutput()
        try forEachJSONLine(input, as: Sums.self) { line, result in
            guard case .success(let s) = result else {
                out.write(writer.line(Failure(line: line, error: "expected {\"account\", \"events\", \"flagged\", \"score_sum\", \"language_mismatches\", \"refusals\"}")))
                return
            }
            var p = AccountProfile(account: s.account)
            p.events = s.sums.events
            p.languageMismatches = s.sums.languageMismatches
            p.refusals = s.sums.refusals
            for c in ThreatCategory.allCases {
                p.flagged[c.index] = s.sums.flagged[c.rawValue] ?? 0
                p.scoreSum[c.index] = s.sums.scoreSum[c.rawValue] ?? 0
            }
            p.score()
            var behaviour: [String: Double] = [:]
            for c in ThreatCategory.allCases where p.behaviour[c.index] > 0 { behaviour[c.rawValue] = p.behaviour[c.index] }
            out.write(writer.line(Output(
                account: s.account, risk: p.risk, category: p.risk > 0 ? p.topCategory.rawValue : "benign", behaviour: behaviour,
                seed: p.risk >= threshold)))
        }
        out.flush()
    }
}
