import ArgumentParser
import Foundation
import SightlineCore
import SightlinePipeline
import SightlineStore

func defaultActor() -> String { ProcessInfo.processInfo.environment["SIGHTLINE_ACTOR"] ?? ProcessInfo.processInfo.environment["USER"] ?? "analyst" }

func runCasework<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as Casework.Failure {
        Terminal.error(e.description)
        throw ExitCode(2)
    }
}

struct Cases: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the cases: one per network, with status, verdict and lead source.")
    @OptionGroup var store: StoreOptions
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        let s = try openStore(store)
        let cases = try s.cases()
        let names = Dictionary(uniqueKeysWithValues: try s.savedNetworks().compactMap { n in (try? NetworkDecoding.decode(n.json)).map { (n.id, $0) } })
        switch format {
        case .json: print("{\"cases\": [" + cases.map(caseJSON).joined(separator: ",\n ") + "]}")
        case .text, .table:
            printTable(
                header: ["network", "name", "category", "status", "verdict", "lead", "notes"],
                rows: cases.map { c in [c.networkID, names[c.networkID]?.name ?? "(gone)", names[c.networkID]?.category ?? "", c.status, c.verdict ?? "-", c.leadSource, String(c.notes.count)] })
        }
    }
}

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Show or update one case.", subcommands: [Show.self, Set.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a case: status, verdict, notes and enforcement.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Network id.") var id: String
        @Option(help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            let s = try openStore(store)
            guard let c = try s.cases().first(where: { $0.networkID == id }) else {
                Terminal.error("no case for network \(id); see `sightline cases`")
                throw ExitCode(2)
            }
            let actions = try s.enforcementActions().filter { $0.targetKind == "network" && $0.target == id }
            if format == .json {
                print(caseJSON(c))
                return
            }
            print("Case \(c.networkID): \(c.status); lead: \(c.leadSource); updated \(Timestamp.format(c.updated))")
            if let v = c.verdict { print("Verdict: \(v) — \(c.verdictReason ?? "")") }
            for n in c.notes { print("  \(Timestamp.format(n.time)) \(n.author): \(LineError.quote(n.text, limit: 400))") }
            for a in actions { print("  action \(a.id): \(a.reverses == nil ? a.action : "reversal of \(a.reverses!)") by \(a.actor) at \(Timestamp.format(a.time)): \(a.reason)") }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Update a case: status, verdict with reason, a note, the lead source.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Network id.") var id: String
        @Option(help: "new, investigating, actioned, closed or dismissed.") var status: String?
        @Option(help: "The analyst's verdict (needs --reason).") var verdict: String?
        @Option(help: "Why the verdict.") var reason: String?
        @Option(help: "A note to add.") var note: String?
        @Option(help: "internal detection, tip from a partner, or public reporting.") var lead: String?
        @Option(help: "Who is acting (default $SIGHTLINE_ACTOR or $USER).") var actor = defaultActor()

        func run() throws {
            let c = try runCasework {
                try Casework(store: try openStore(store)).updateCase(id, status: status, verdict: verdict, reason: reason, note: note, lead: lead, actor: actor)
            }
            print("Case \(c.networkID): \(c.status)\(c.verdict.map { ", verdict \($0)" } ?? ""), \(c.notes.count) notes.")
        }
    }
}

struct Enforcement: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Enforcement records: `sightline enforcement export`.", subcommands: [Enforce.Export.self])
}

struct Enforce: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ban, suspend or warn an account, a whole network or an organization; or reverse an action.",
            discussion: "Every action is audited and can be reversed (--reverse ID); nothing is deleted. --dry-run shows exactly what would change.")
        @OptionGroup var store: StoreOptions
        @Option(help: "An account id.") var account: String?
        @Option(help: "A network id.") var network: String?
        @Option(help: "An organization (API customer or reseller).") var organization: String?
        @Option(help: "ban, suspend or warn.") var action: String = "ban"
        @Option(help: "The policy category the action enforces.") var category: String?
        @Option(help: "Why.") var reason: String
        @Option(help: "Reverse this action id (an appeal upheld).") var reverse: Int64?
        @Flag(help: "Show what would change, change nothing.") var dryRun = false
        @Option(help: "Who is acting.") var actor = defaultActor()

        func run() throws {
            let casework = Casework(store: try openStore(store))
            if let reverse {
                let r = try runCasework { try casework.reverse(actionID: reverse, reason: reason, actor: actor) }
                print("Action \(reverse) reversed by action \(r.id); \(r.accounts.count) accounts no longer under it.")
                return
            }
            let targets = [("account", account), ("network", network), ("organization", organization)].compactMap { k, v in v.map { (k, $0) } }
            guard targets.count == 1, let (kind, target) = targets.first else { throw ValidationError("name exactly one of --account, --network, --organization") }
            guard let category else { throw ValidationError("--category is required: the policy category this action enforces") }
            let (a, changes) = try runCasework {
                try casework.enforce(targetKind: kind, target: target, action: action, category: category, reason: reason, actor: actor, dryRun: dryRun)
            }
            print(dryRun ? "Dry run: would \(action) \(kind) \(target) (\(a.accounts.count) accounts); nothing written." : "Action \(a.id): \(action) \(kind) \(target) (\(a.accounts.count) accounts).")
            if changes.isEmpty { print("No account changes status.") } else { for c in changes { print("  \(c)") } }
        }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The current enforcement list for the provider's account system, or what changed since a time.")
        @OptionGroup var store: StoreOptions
        @Option(help: "json or csv.") var format: String = "json"
        @Option(help: "Only actions and reversals at or after this RFC 3339 time.") var since: String?

        func run() throws {
            let s = try openStore(store)
            let casework = Casework(store: s)
            let current = try casework.currentStatus()
            var sinceMillis: Int64? = nil
            if let since {
                guard let t = Timestamp.parse(since) else { throw ValidationError("--since must be an RFC 3339 time, e.g. 2025-09-01T00:00:00Z") }
                sinceMillis = t
            }
            let actions = try s.enforcementActions().filter { sinceMillis == nil || $0.time >= sinceMillis! }
            switch format {
            case "csv":
                if sinceMillis == nil {
                    print("account,action,category,action_id,since")
                    for k in current.keys.sorted() { let c = current[k]!; print("\(csv(k)),\(c.action),\(c.category),\(c.actionID),\(Timestamp.format(c.since))") }
                } else {
                    print("action_id,time,kind,target,action,category,reverses,accounts")
                    for a in actions { print("\(a.id),\(Timestamp.format(a.time)),\(a.targetKind),\(csv(a.target)),\(a.action),\(a.category),\(a.reverses.map(String.init) ?? ""),\(a.accounts.count)") }
                }
            case "json":
                var out = "{\"accounts\": [" + current.keys.sorted().map { k in
                    let c = current[k]!
                    return "{\"account\": \(JSONText.quoted(k)), \"action\": \"\(c.action)\", \"category\": \"\(c.category)\", \"action_id\": \(c.actionID), \"since\": \"\(Timestamp.format(c.since))\"}"
                }.joined(separator: ",\n ") + "]"
                if sinceMillis != nil {
                    out += ",\n\"changes\": [" + actions.map { a in
                        "{\"action_id\": \(a.id), \"time\": \"\(Timestamp.format(a.time))\", \"kind\": \"\(a.targetKind)\", \"target\": \(JSONText.quoted(a.target)), \"action\": \"\(a.action)\", \"category\": \"\(a.category)\", \"reverses\": \(a.reverses.map(String.init) ?? "null"), \"accounts\": \(JSONText.array(a.accounts))}"
                    }.joined(separator: ",\n ") + "]"
                }
                print(out + "}")
            default: throw ValidationError("--format must be json or csv")
            }
        }

        func csv(_ s: String) -> String {
            // Quote, and neutralise spreadsheet formulas in attacker-influenced values.
            var v = s
            if let f = v.first, "=+-@".contains(f) { v = "'" + v }
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The append-only audit log: who did what, when and why.")
    @OptionGroup var store: StoreOptions
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        let log = try openStore(store).auditLog()
        if format == .json {
            print("{\"audit\": [" + log.map { "{\"id\": \($0.id), \"time\": \"\(Timestamp.format($0.time))\", \"actor\": \(JSONText.quoted($0.actor)), \"action\": \"\($0.action)\", \"subject\": \(JSONText.quoted($0.subject)), \"detail\": \(JSONText.quoted($0.detail))}" }.joined(separator: ",\n ") + "]}")
            return
        }
        for e in log { print("\(e.id)  \(Timestamp.format(e.time))  \(e.actor)  \(e.action)  \(e.subject)  \(LineError.quote(e.detail, limit: 200))") }
    }
}
