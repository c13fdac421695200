import SightlineCore

/// What identifies an actioned network's operators, and the new accounts that match it.
public enum RecidivismWatch {
    /// An e-mail domain used by more accounts than this is a provider's, not an operator's.
    public static let maxDomainAccounts = 30

    /// Accounts per e-mail domain over the whole population.
    public static func domainUse(_ infos: [String: AccountInfo]) -> [String: Int] {
        var use: [String: Int] = [:]
        for info in infos.values { if let d = info.domain { use[d, default: 0] += 1 } }
        return use
    }

    /// Devices, payment instruments, rare e-mail domains, non-anonymizer addresses, and the MinHash
    /// signatures of the members' flagged prompts. Sorted by kind, then value.
    public static func fingerprints(network: String, members: Set<String>, events: [AnalysisEvent], infos: [String: AccountInfo]) -> [Fingerprint] {
        var prints = Set<Fingerprint>()
        let hasher = MinHasher()
        let domains = domainUse(infos)
        for a in events where members.contains(a.event.account) {
            if let d = a.event.device { prints.insert(Fingerprint(networkID: network, kind: .device, value: d)) }
            if let ip = a.event.ip, a.event.anonymizer == nil { prints.insert(Fingerprint(networkID: network, kind: .ip, value: ip)) }
            if !a.classification.category.isBenign, let sig = hasher.signature(a.event.prompt) {
                prints.insert(Fingerprint(networkID: network, kind: .template, value: sig.map { String($0, radix: 16) }.joined(separator: ",")))
            }
        }
        for m in members {
            if let p = infos[m]?.payment { prints.insert(Fingerprint(networkID: network, kind: .payment, value: p)) }
            if let d = infos[m]?.domain, (domains[d] ?? 0) <= maxDomainAccounts { prints.insert(Fingerprint(networkID: network, kind: .emailDomain, value: d)) }
        }
        return prints.sorted { ($0.kind.rawValue, $0.value) < ($1.kind.rawValue, $1.value) }
    }

    /// One new account matching one actioned network, with what matched.
    public struct Match: Sendable, Equatable {
        public var account: String
        public var network: String
        public var evidence: [Clue]
    }

    public struct Clue: Sendable, Equatable {
        public var kind: FingerprintKind
        public var detail: String
    }

    /// New accounts matching the fingerprints: a device, a payment instrument or a near-duplicate
    /// flagged prompt on its own, or two weaker matches (address, e-mail domain). Accounts already
    /// actioned with that network, or banned, are not new.
    public static func matches(events: [AnalysisEvent], infos: [String: AccountInfo], fingerprints prints: [Fingerprint], actions: [EnforcementAction]) -> [Match] {
        guard !prints.isEmpty else { return [] }
        let standing = EnforcementLedger.standing(actions)
        var known: [String: Set<String>] = [:]
        for a in actions where a.targetKind == .network { known[a.target, default: []].formUnion(a.accounts) }
        var index: [String: [Fingerprint]] = [:]
        var templates: [(Fingerprint, [UInt64])] = []
        for f in prints {
            if f.kind == .template {
                templates.append((f, f.value.split(separator: ",").compactMap { UInt64($0, radix: 16) }))
            } else {
                index[f.kind.rawValue + "\u{1}" + f.value, default: []].append(f)
            }
        }
        func lookup(_ kind: FingerprintKind, _ value: String) -> [Fingerprint] { index[kind.rawValue + "\u{1}" + value] ?? [] }
        let hasher = MinHasher()
        var evidence: [String: [String: [Clue]]] = [:]  // account -> network -> clues
        func note(_ account: String, _ f: Fingerprint, _ detail: String) {
            guard !(known[f.networkID]?.contains(account) ?? false), standing[account]?.action != .ban else { return }
            let clue = Clue(kind: f.kind, detail: detail)
            if !(evidence[account]?[f.networkID]?.contains(clue) ?? false) { evidence[account, default: [:]][f.networkID, default: []].append(clue) }
        }
        for a in events {
            let e = a.event
            if let d = e.device { for f in lookup(.device, d) { note(e.account, f, "device \(d)") } }
            if let ip = e.ip, e.anonymizer == nil { for f in lookup(.ip, ip) { note(e.account, f, "address \(ip)") } }
            if !a.classification.category.isBenign, let sig = hasher.signature(e.prompt) {
                for (f, t) in templates where t.count == MinHasher.hashes && MinHasher.similarity(sig, t) >= 0.5 {
                    note(e.account, f, "prompt template reused")
                }
            }
        }
        for (account, info) in infos {
            if let p = info.payment { for f in lookup(.payment, p) { note(account, f, "payment instrument \(p)") } }
            if let d = info.domain { for f in lookup(.emailDomain, d) { note(account, f, "e-mail domain \(d)") } }
        }
        var out: [Match] = []
        for account in evidence.keys.sorted() {
            for (network, clues) in evidence[account]!.sorted(by: { $0.key < $1.key }) where clues.contains(where: \.kind.isStrong) || clues.count >= 2 {
                out.append(Match(account: account, network: network, evidence: clues))
            }
        }
        return out
    }
}
