import ArgumentParser
import Foundation
import SightlineAnalysis
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
        let networks = try s.networks()
        let names = Dictionary(uniqueKeysWithValues: networks.map { ($0.id, $0) })
        // A case whose network id is gone names where its accounts went.
        func name(_ id: String) -> String {
            if let n = names[id] { return n.name }
            let next = Casework.successors(of: id, in: networks)
            guard !next.isEmpty else { return "(gone)" }
            return next.map { ($0.kind == .merged ? "(merged into " : "(split into ") + $0.network.id + ")" }.joined(separator: " ")
        }
        switch format {
        case .json:
            struct Listing: Encodable { var cases: [Case] }
            try printJSON(Listing(cases: cases))
        case .text, .table:
            printTable(
                header: ["network", "name", "category", "status", "verdict", "lead", "notes"],
                rows: cases.map { c in [c.networkID, name(c.networkID), names[c.networkID]?.category.rawValue ?? "", c.status.rawValue, c.verdict ?? "-", c.leadSource.rawValue, String(c.notes.count)] })
        }
    }
}

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Show or update one case.", subcommands: [Show.self, Set.self, Clear.self, Restore.self, Split.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a case: status, verdict, notes and enforcement.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Network id.") var id: String
        @Option(help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            let s = try openStore(store)
            let c = try runCasework { try Casework(store: s).existingCase(id) }
            let actions = try s.enforcementActions(targetKind: .network, target: id)
            if format == .json {
                try printJSON(c)
                return
            }
            print("Case \(c.networkID): \(c.status.rawValue); lead: \(c.leadSource.rawValue); updated \(Timestamp.format(c.updated))")
            if let n = try s.network(withID: id) {
                print("Network \(n.name): \(n.category.rawValue), \(n.accounts.count) accounts, \(n.events) events, \(Timestamp.format(n.firstSeen).prefix(10)) to \(Timestamp.format(n.lastSeen).prefix(10)), risk \(Network.number(n.risk))")
            } else {
                print("Network \(id) is not among the latest analysis's networks.")
            }
            if let v = c.verdict { print("Verdict: \(v) — \(c.verdictReason ?? "")") }
            for n in c.notes { print("  \(Timestamp.format(n.time)) \(n.author): \(LineError.quote(Membership.readable(n.text), limit: 400))") }
            for a in actions { print("  action \(a.id): \(a.reverses == nil ? a.action.rawValue : "reversal of \(a.reverses!)") by \(a.actor) at \(Timestamp.format(a.time)): \(a.reason)") }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Update a case: status, verdict with reason, a note, the lead source.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Network id.") var id: String
        @Option(help: "new, investigating, actioned, closed or dismissed.") var status: CaseStatus?
        @Option(help: "The analyst's verdict (needs --reason).") var verdict: String?
        @Option(help: "Why the verdict.") var reason: String?
        @Option(help: "A note to add.") var note: String?
        @Option(help: "internal detection, tip from a partner, or public reporting.") var lead: LeadSource?
        @Option(help: "Who is acting (default $SIGHTLINE_ACTOR or $USER).") var actor = defaultActor()

        func run() throws {
            let c = try runCasework {
                try Casework(store: try openStore(store)).updateCase(id, status: status, verdict: verdict, reason: reason, note: note, lead: lead, actor: actor)
            }
            print("Case \(c.networkID): \(c.status.rawValue)\(c.verdict.map { ", verdict \($0)" } ?? ""), \(c.notes.count) notes.")
        }
    }

    struct MembershipOptions: ParsableArguments {
        @OptionGroup var store: StoreOptions
        @Argument(help: "Network id.") var id: String
        @Option(help: "The accounts, comma-separated.") var accounts: String
        @Option(help: "Why (required; kept on the case and in the audit log).") var reason: String
        @Option(help: "Who is acting (default $SIGHTLINE_ACTOR or $USER).") var actor = defaultActor()

        func decide(_ decision: Membership.Decision) throws {
            let named = accounts.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            _ = try runCasework {
                try Casework(store: try openStore(store)).decideMembership(id, decision: decision, accounts: named, reason: reason, actor: actor)
            }
            switch decision {
            case .cleared: print("Cleared \(named.count) account(s) of \(id): they are out of its actions now, and out of every network from the next `sightline analyze`.")
            case .restored: print("Restored \(named.count) account(s) of \(id): the next `sightline analyze` links them again.")
            case .split: print("Split \(named.count) account(s) off \(id): the next `sightline analyze` judges them as a group of their own.")
            }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clear members judged innocent: out of the network's actions now, and left out of linking by every later analyze until restored.")
        @OptionGroup var options: MembershipOptions
        func run() throws { try options.decide(.cleared) }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraw a clearing: the next analyze links the accounts again.")
        @OptionGroup var options: MembershipOptions
        func run() throws { try options.decide(.restored) }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split members off into a network of their own (at least two on each side); the next analyze judges each part on its own.")
        @OptionGroup var options: MembershipOptions
        func run() throws { try options.decide(.split) }
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
        @Option(help: "ban, suspend or warn.") var action: Sanction = .ban
        @Option(help: "The policy category the action enforces: \(ThreatCategory.list).") var category: ThreatCategory?
        @Option(help: "Why.") var reason: String
        @Option(help: "Reverse this action id (an appeal upheld).") var reverse: Int64?
        @Flag(help: "Show what would change, change nothing.") var dryRun = false
        @Option(help: "Accounts of the target to leave out of the action, comma-separated (members judged innocent).") var exclude: String?
        @Option(help: "Who is acting.") var actor = defaultActor()

        func run() throws {
            let casework = Casework(store: try openStore(store))
            if let reverse {
                let r = try runCasework { try casework.reverse(actionID: reverse, reason: reason, actor: actor) }
                print("Action \(reverse) reversed by action \(r.id); \(r.accounts.count) accounts no longer under it.")
                return
            }
            let targets = [(TargetKind.account, account), (.network, network), (.organization, organization)].compactMap { k, v in v.map { (k, $0) } }
            guard targets.count == 1, let (kind, target) = targets.first else { throw ValidationError("name exactly one of --account, --network, --organization") }
            guard let category else { throw ValidationError("--category is required: the policy category this action enforces") }
            let (a, changes) = try runCasework {
                try casework.enforce(
                    targetKind: kind, target: target, action: action, category: category, reason: reason, actor: actor, dryRun: dryRun,
                    excluding: Set((exclude ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }))
            }
            let what = "\(action.rawValue) \(kind.rawValue) \(target) (\(a.accounts.count) accounts)"
            print(dryRun ? "Dry run: would \(what); nothing written." : "Action \(a.id): \(what).")
            if changes.isEmpty { print("No account changes status.") } else { for c in changes { print("  \(c)") } }
        }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The current enforcement list for the provider's account system, or what changed since a time.")
        @OptionGroup var store: StoreOptions
        enum Format: String, ExpressibleByArgument { case json, csv }
        @Option(help: "json or csv.") var format: Format = .json
        @Option(help: "Only actions and reversals at or after this RFC 3339 time.") var since: String?

        func run() throws {
            let s = try openStore(store)
            let standing = try Casework(store: s).standing()
            var sinceMillis: Int64? = nil
            if let since {
                guard let t = Timestamp.parse(since) else { throw ValidationError("--since must be an RFC 3339 time, e.g. 2025-09-01T00:00:00Z") }
                sinceMillis = t
            }
            let changes = sinceMillis.map { t in try? s.enforcementActions().filter { $0.time >= t } } ?? nil
            switch format {
            case .csv:
                if let changes {
                    print("action_id,time,kind,target,action,category,reverses,accounts")
                    for a in changes {
                        print("\(a.id),\(Timestamp.format(a.time)),\(a.targetKind.rawValue),\(csv(a.target)),\(a.reverses == nil ? a.action.rawValue : "reverse"),\(a.category.rawValue),\(a.reverses.map(String.init) ?? ""),\(a.accounts.count)")
                    }
                } else {
                    print("account,action,category,action_id,since")
                    for k in standing.keys.sorted() {
                        let c = standing[k]!
                        print("\(csv(k)),\(c.action.rawValue),\(c.category.rawValue),\(c.actionID),\(Timestamp.format(c.since))")
                    }
                }
            case .json:
                try printJSON(EnforcementList(standing: standing, changes: changes))
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
            struct Listing: Encodable { var audit: [AuditEntry] }
            try printJSON(Listing(audit: log))
            return
        }
        for e in log { print("\(e.id)  \(Timestamp.format(e.time))  \(e.actor)  \(e.action)  \(e.subject)  \(LineError.quote(e.detail, limit: 200))") }
    }
}

extension CaseStatus: ExpressibleByArgument {}
extension LeadSource: ExpressibleByArgument {}
extension Sanction: ExpressibleByArgument {}
extension ThreatCategory: ExpressibleByArgument {}
