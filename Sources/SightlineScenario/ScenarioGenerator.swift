import SightlineCore
/// Writes a realistic synthetic month of usage logs: a benign population in many languages and
/// time zones, a dozen malicious networks modelled on public case studies, benign hard-negative
/// groups, external observations of the networks' published content, and the ground truth.
///
/// Output is streamed line by line to the caller's sinks; only per-account plans (a few bytes per
/// account) and the networks' published texts are held in memory, so large scales stay flat.
/// The same seed and scale give the same bytes on every run and platform.
public struct ScenarioGenerator: Sendable {
    public let seed: UInt64
    public let scale: Double
    /// Wave 1 is the first month. Later waves are the following months: new accounts (new ids)
    /// for the same operators, who reuse their devices, payment instruments, exits and templates,
    /// and a fresh benign population. Used to test the recidivism watch.
    public let wave: Int
    /// Mean number of events of an ordinary (benign) account in the month.
    public let benignMean: Int
    /// Settings that make the scenario harder, for robustness sweeps; the defaults write the
    /// standard scenario byte for byte.
    public let knobs: Knobs

    public struct Knobs: Sendable, Equatable {
        /// The ordinary population, times this, with the operations and hard negatives unchanged
        /// (false positives must not grow with the population).
        public var benignMultiplier: Double = 1
        /// The share of each operation's members (at least one) whose prompts are the operation's
        /// own; the others ask ordinary things in the operators' language from the same
        /// infrastructure and schedule, as accounts a classifier cannot see would.
        public var flaggedShare: Double = 1
        /// Operation members' events, times this (sparser activity below 1; at least 2 events).
        public var activity: Double = 1
        /// Operation sizes times this, each kept within 2...50 accounts.
        public var sizes: Double = 1
        /// The share of every event, of operators and ordinary users alike, sent through one of
        /// three popular commercial VPN exits that no feed labels (merge traps: operations and
        /// strangers behind one address).
        public var sharedExits: Double = 0
        public init(benignMultiplier: Double = 1, flaggedShare: Double = 1, activity: Double = 1, sizes: Double = 1, sharedExits: Double = 0) {
            self.benignMultiplier = benignMultiplier
            self.flaggedShare = flaggedShare
            self.activity = activity
            self.sizes = sizes
            self.sharedExits = sharedExits
        }
    }

    /// The scenario's month starts on Monday 2025-09-01 00:00 UTC.
    public static let start: Int64 = Int64(Timestamp.daysFromCivil(2025, 9, 1)) * 86_400_000
    public static let days = 30
    public static let benignPerScale = 4000.0

    public init(seed: UInt64, scale: Double, wave: Int = 1, benignMean: Int = 20, knobs: Knobs = Knobs()) {
        self.seed = seed
        self.scale = scale
        self.wave = max(1, wave)
        self.benignMean = max(1, benignMean)
        self.knobs = knobs
    }

    /// Seed for everything that must differ between waves (ids, per-account randomness, times).
    var waveSeed: UInt64 { wave == 1 ? seed : SplitMix64.mix(seed ^ (UInt64(wave) << 48)) }
    var waveStart: Int64 { Self.start + Int64(wave - 1) * Int64(Self.days) * 86_400_000 }

    public struct Counts: Sendable, Equatable {
        public var events = 0
        public var observations = 0
        public var accounts = 0
    }

    enum Role {
        case benign
        case network(Int, member: Int)
        case hardNegative(Int, member: Int)
    }

    struct Published {
        let network: Int
        let text: String
        let language: String
        let time: Int64
    }

    func scaled(_ base: Int, min: Int) -> Int { Swift.max(min, Int((Double(base) * scale).rounded())) }

    /// The number of accounts of an operation: grows with the scale, as the population does, but
    /// never past 50 (the operations of the public reports run from a few accounts to a few
    /// dozen; at larger scales it is the ordinary population that grows).
    func size(of spec: NetworkSpec) -> Int {
        Swift.min(Self.maxOperationSize, Swift.max(2, Int((Double(scaled(spec.accounts, min: 2)) * knobs.sizes).rounded())))
    }
    static let maxOperationSize = 50

    /// Popular VPN exits that no feed labels, shared by everybody (`Knobs.sharedExits`).
    static let unlabelledExits = [
        Exit(ip: "198.51.100.23", asn: 9009, country: "NL", anonymizer: nil), Exit(ip: "198.51.100.87", asn: 9009, country: "DE", anonymizer: nil),
        Exit(ip: "203.0.113.140", asn: 60068, country: "US", anonymizer: nil),
    ]

    /// Sometimes, whoever the account is, the event goes through a popular unlabelled exit.
    func maybeShared(_ exit: Exit, _ rng: inout SplitMix64) -> Exit {
        knobs.sharedExits > 0 && rng.chance(knobs.sharedExits) ? rng.pick(Self.unlabelledExits) : exit
    }

    /// Generates the scenario, calling `event` and `observation` with one JSON line each (no
    /// newline), and returns the ground truth as JSON text.
    public func run(event: (String) -> Void, observation: (String) -> Void) -> (truth: String, counts: Counts) {
        withoutActuallyEscaping(event) { event in runEscaping(event: event, observation: observation) }
    }

    func runEscaping(event: @escaping (String) -> Void, observation: (String) -> Void) -> (truth: String, counts: Counts) {
        var plan: [Role] = []
        let benignCount = Swift.max(20, Int((Self.benignPerScale * scale * knobs.benignMultiplier).rounded()))
        plan.reserveCapacity(benignCount + 2000)
        for _ in 0..<benignCount { plan.append(.benign) }
        for (i, n) in NetworkCorpus.networks.enumerated() {
            for m in 0..<size(of: n) { plan.append(.network(i, member: m)) }
        }
        for (i, g) in HardNegativeCorpus.groups.enumerated() {
            for m in 0..<scaled(g.accounts, min: 2) { plan.append(.hardNegative(i, member: m)) }
        }
        // Interleave the roles so a file's order says nothing about who is who.
        var shuffler = SplitMix64(seed: SplitMix64.mix(waveSeed ^ 0x5EED_0F_5EED))
        for i in stride(from: plan.count - 1, to: 0, by: -1) {
            plan.swapAt(i, Int(shuffler.next() % UInt64(i + 1)))
        }

        let vpnPool = Self.vpnExits(seed: seed)
        var networkAccounts = [[String]](repeating: [], count: NetworkCorpus.networks.count)
        var groupAccounts = [[String]](repeating: [], count: HardNegativeCorpus.groups.count)
        var published: [Published] = []
        var counts = Counts()
        var eventCounter: UInt64 = 0
        var benignTotal = 0

        for (index, role) in plan.enumerated() {
            let accountID = "u-" + SplitMix64.hex(waveSeed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index))
            var rng = SplitMix64(seed: SplitMix64.mix(waveSeed &+ 0xACC0_0000 &+ UInt64(index) &* 0x1_0000_0001))
            var writer = AccountWriter(
                account: accountID, seed: waveSeed, counter: eventCounter, sink: event)
            switch role {
            case .benign:
                benignTotal += 1
                writeBenign(&writer, &rng, vpnPool)
            case .network(let n, let member):
                networkAccounts[n].append(accountID)
                writeNetworkMember(&writer, &rng, vpnPool, network: n, member: member) { published.append($0) }
            case .hardNegative(let g, let member):
                benignTotal += 1
                groupAccounts[g].append(accountID)
                writeHardNegative(&writer, &rng, vpnPool, group: g, member: member)
            }
            eventCounter = writer.counter
            counts.events += writer.written
            counts.accounts += 1
        }

        counts.observations = writeObservations(published, sink: observation)
        let truth = truthJSON(networkAccounts: networkAccounts, groupAccounts: groupAccounts, benign: benignTotal)
        return (truth, counts)
    }

    // MARK: accounts

    func writeBenign(_ w: inout AccountWriter, _ rng: inout SplitMix64, _ vpn: [Exit]) {
        let languages = BenignCorpus.languages
        let profile = languages[rng.weighted(languages.map(\.weight))]
        let place = rng.pick(profile.places)
        let home = Exit(ip: Self.residentialIP(place.country, &rng), asn: 1000 + rng.int(0...60000), country: place.country, anonymizer: nil)
        let usesVPN = rng.chance(0.08)
        let n = min(400, rng.heavyTail(mean: Double(benignMean)))
        w.device = "d-" + SplitMix64.hex(rng.next())
        w.userAgent = rng.pick(Self.userAgents)
        w.timezone = place.zone
        w.locale = profile.locale
        w.info = Self.accountInfo(&rng, domain: rng.pick(profile.emailDomains), country: place.country, createdDaysAgo: 20...900, payment: rng.chance(0.3), start: waveStart)
        let hours = Schedule.everyday.hourWeights()
        for time in sessionTimes(&rng, count: n, schedule: .everyday, hours: hours, offset: place.offset, single: false) {
            var prompt = Self.fill(rng.pick(profile.prompts), "{t}", rng.pick(profile.topics))
            if rng.chance(0.25) { prompt += " " + Self.fill(rng.pick(profile.prompts), "{t}", rng.pick(profile.topics)) }
            let response = rng.chance(0.5) ? rng.pick(profile.replies) : nil
            let exit = maybeShared(usesVPN && rng.chance(0.5) ? rng.pick(vpn) : home, &rng)
            w.write(time: time.time, conversation: time.conversation, prompt: prompt, response: response, refused: nil, exit: exit, channel: "chat", organization: nil, rng: &rng)
        }
    }

    func writeHardNegative(_ w: inout AccountWriter, _ rng: inout SplitMix64, _ vpn: [Exit], group: Int, member: Int) {
        let g = HardNegativeCorpus.groups[group]
        var country = g.country
        var offset = g.offset
        var zone = g.zone
        var prompts = g.prompts
        var topics = g.slots
        var locale = "en-US"
        if g.key == "scam-checkers" {
            // Each person asks in their own language, from their own place.
            let i = member % g.prompts.count
            prompts = [g.prompts[i]]
            let places: [(String, Int, String, String)] = [
                ("US", -5, "America/New_York", "en-US"), ("MX", -6, "America/Mexico_City", "es-MX"),
                ("CN", 8, "Asia/Shanghai", "zh-CN"), ("DE", 1, "Europe/Berlin", "de-DE"), ("GB", 0, "Europe/London", "en-GB"),
                ("FR", 1, "Europe/Paris", "fr-FR"),
            ]
            (country, offset, zone, locale) = places[i]
        } else if g.language == "zh" {
            let zh = BenignCorpus.languages.first { $0.code == "zh" }!
            prompts = zh.prompts
            topics = zh.topics
            locale = "zh-CN"
        }
        let home: Exit
        if let shared = g.sharedIP {
            home = Exit(ip: shared.ip, asn: shared.asn, country: country, anonymizer: shared.anonymizer)
        } else {
            home = Exit(ip: Self.residentialIP(country, &rng), asn: 1000 + rng.int(0...60000), country: country, anonymizer: nil)
        }
        w.device = g.channel == "api" ? nil : "d-" + SplitMix64.hex(rng.next())
        w.userAgent = g.channel == "api" ? "northwind-helpdesk/2.3 python-requests/2.32" : rng.pick(Self.userAgents)
        w.timezone = zone
        w.locale = locale
        let domain = g.organization.map { String($0.dropFirst(4)) + ".com" } ?? rng.pick(["gmail.com", "outlook.com", "yahoo.com"])
        w.info = Self.accountInfo(&rng, domain: domain, country: country, createdDaysAgo: 30...900, payment: g.organization != nil, start: waveStart)
        let n = rng.int(g.events)
        for time in sessionTimes(&rng, count: n, schedule: g.schedule, hours: g.schedule.hourWeights(), offset: offset, single: false) {
            var prompt = rng.pick(prompts)
            if !topics.isEmpty { prompt = Self.fill(prompt, "{t}", rng.pick(topics)) }
            if !g.slots.isEmpty { prompt = Self.fill(prompt, "{p}", rng.pick(g.slots)) }
            prompt = Self.fill(prompt, "{n}", String(rng.int(10000...99999)))
            let exit = maybeShared(rng.chance(g.vpnShare) ? rng.pick(vpn) : home, &rng)
            let response: String? = rng.chance(0.4) ? "Here is a summary and a suggested next step." : nil
            w.write(time: time.time, conversation: time.conversation, prompt: prompt, response: response, refused: nil, exit: exit, channel: g.channel, organization: g.organization, rng: &rng)
        }
    }

    func writeNetworkMember(
        _ w: inout AccountWriter, _ rng: inout SplitMix64, _ vpn: [Exit], network: Int, member: Int,
        publish: (Published) -> Void
    ) {
        let spec = NetworkCorpus.networks[network]
        // Network-wide infrastructure comes from a stream seeded by the network, shared by members.
        var netRNG = SplitMix64(seed: SplitMix64.mix(seed ^ (0xBEEF_0000 &+ UInt64(network))))
        let zone = Self.operatorZone(spec)
        var exits: [Exit] = []
        var office: [Exit] = []
        var devices: [String] = []
        var payment: String? = nil
        switch spec.infrastructure {
        case .sharedPool(let ips, let deviceCount, let sharedPayment):
            for _ in 0..<ips {
                let c = netRNG.pick(spec.exitCountries)
                exits.append(Exit(ip: Self.hostingIP(&netRNG), asn: netRNG.pick([9009, 60068, 212238, 14061, 24940]), country: c, anonymizer: netRNG.chance(0.5) ? "vpn" : "hosting"))
                office.append(Exit(ip: Self.residentialIP(spec.exitCountries[0], &netRNG), asn: 1000 + netRNG.int(0...60000), country: spec.exitCountries[0], anonymizer: nil))
            }
            for _ in 0..<deviceCount { devices.append("d-" + SplitMix64.hex(netRNG.next())) }
            payment = sharedPayment ? "pay-" + SplitMix64.hex(netRNG.next()) : nil
            // Each member works from one or two of the shared devices.
            w.device = devices[member % devices.count]
        case .compartmented:
            exits = [rng.pick(vpn)]
            office = exits
            w.device = "d-" + SplitMix64.hex(rng.next())
        }
        w.userAgent = rng.pick(Self.userAgents)
        w.timezone = rng.chance(0.3) ? zone : nil
        w.locale = rng.chance(0.3) ? Self.operatorLocale(spec.promptLanguage) : "en-US"
        // Operators register accounts shortly before use, often in batches.
        w.info = Self.accountInfo(
            &rng, domain: rng.pick(spec.emailDomains), country: rng.pick(spec.exitCountries), createdDaysAgo: 1...25,
            payment: payment == nil && rng.chance(0.3), start: waveStart)
        if let payment { w.info?.payment = payment }

        var n = rng.int(spec.events)
        if knobs.activity != 1 { n = Swift.max(2, Int((Double(n) * knobs.activity).rounded())) }
        // Members past the flagged share ask ordinary things, in the operators' language.
        let size = size(of: spec)
        let hidden = knobs.flaggedShare < 1 && member >= Swift.max(1, Int((Double(size) * knobs.flaggedShare).rounded(.up)))
        let ordinary = BenignCorpus.languages.first { $0.code == spec.promptLanguage } ?? BenignCorpus.languages.first { $0.code == "en" }!
        let fixedStream = spec.oneUseCasePerAccount ? member % spec.workstreams.count : nil
        let fixedSlot = spec.singleConversation ? member : nil
        let times = sessionTimes(&rng, count: n, schedule: spec.schedule, hours: spec.schedule.hourWeights(), offset: spec.offset, single: spec.singleConversation)
        for (k, time) in times.enumerated() {
            let ws = spec.workstreams[fixedStream ?? rng.weighted(spec.workstreams.map { $0.outputs.isEmpty ? 0.5 : 1.0 })]
            let slotIndex = fixedSlot.map { $0 % ws.slots.count } ?? rng.int(0...(ws.slots.count - 1))
            let slot = ws.slots[slotIndex]
            let template = spec.singleConversation ? ws.prompts[min(k, ws.prompts.count - 1)] : rng.pick(ws.prompts)
            var prompt = Self.fill(template, "{p}", slot.prompt)
            if hidden { prompt = Self.fill(rng.pick(ordinary.prompts), "{t}", rng.pick(ordinary.topics)) }
            var response: String? = nil
            var refused: Bool? = nil
            var outputLanguage: String? = nil
            if rng.chance(ws.refusals) {
                refused = true
                response = "I can't help with that request."
            } else if !ws.outputs.isEmpty {
                let candidates = slot.outputs.keys.filter { ws.outputs[$0] != nil }.sorted()
                let lang = candidates.isEmpty ? ws.outputs.keys.sorted()[rng.int(0...(ws.outputs.count - 1))] : rng.pick(candidates)
                outputLanguage = lang
                response = Self.fill(rng.pick(ws.outputs[lang]!), "{o}", slot.outputs[lang] ?? "")
            }
            if hidden {
                response = nil
                refused = nil
            }
            let exit = maybeShared(rng.chance(spec.anonymizerShare) ? (rng.chance(0.85) ? rng.pick(exits) : rng.pick(vpn)) : rng.pick(office), &rng)
            if case .sharedPool = spec.infrastructure, devices.count > 1, rng.chance(0.2) {
                w.device = devices[(member + 1) % devices.count]
            }
            w.write(time: time.time, conversation: time.conversation, prompt: prompt, response: response, refused: refused, exit: exit, channel: spec.channel, organization: spec.organization, rng: &rng)
            if ws.published, !hidden, refused == nil, let response, let outputLanguage {
                publish(Published(network: network, text: response, language: outputLanguage, time: time.time))
            }
        }
    }

    // MARK: time

    struct SessionTime {
        let time: Int64
        let conversation: String
    }

    /// Event times for one account: sessions of a few events minutes apart, each session placed on
    /// a day and hour drawn from the schedule in the account's local time.
    func sessionTimes(_ rng: inout SplitMix64, count: Int, schedule: Schedule, hours: [Double], offset: Int, single: Bool) -> [SessionTime] {
        var out: [SessionTime] = []
        out.reserveCapacity(count)
        let dayWeights = (0..<Self.days).map { schedule.dayWeight($0 % 7) }
        var remaining = count
        while remaining > 0 {
            let k = single ? remaining : min(remaining, 1 + rng.int(0...3))
            let day = rng.weighted(dayWeights)
            let hour = rng.weighted(hours)
            var local = Int64(day) * 86_400 + Int64(hour) * 3600 + Int64(rng.int(0...3599))
            let conversation = "c-" + SplitMix64.hex(rng.next())
            for _ in 0..<k {
                let utc = waveStart + (local - Int64(offset) * 3600) * 1000 + Int64(rng.int(0...999))
                out.append(SessionTime(time: utc, conversation: conversation))
                local += Int64(rng.int(40...420))
            }
            remaining -= k
        }
        out.sort { $0.time < $1.time }
        return out
    }

    // MARK: observations

    func writeObservations(_ published: [Published], sink: (String) -> Void) -> Int {
        var written = 0
        var rng = SplitMix64(seed: SplitMix64.mix(waveSeed ^ 0x0B5E_47A7))
        var counter: UInt64 = 0
        let writer = JSONLineWriter()
        func emit(_ o: ObservationDraft) {
            counter += 1
            sink(o.json(id: "ob-" + SplitMix64.hex(waveSeed &* 31 &+ counter), writer: writer))
            written += 1
        }
        for (n, spec) in NetworkCorpus.networks.enumerated() {
            guard let level = spec.breakout else { continue }
            let items = published.filter { $0.network == n }
            guard !items.isEmpty else { continue }
            let take = min(items.count, scaled(10, min: 6))
            let step = Swift.max(1, items.count / take)
            let chosen = stride(from: 0, to: items.count, by: step).prefix(take).map { items[$0] }
            let personas = (0..<4).map { _ in "@" + rng.pick(Self.handles) + String(rng.int(10...9999)) }
            for (i, item) in chosen.enumerated() {
                let platforms: [String]
                switch level {
                case 1: platforms = ["facebook"]
                case 2: platforms = [["x", "instagram"], ["facebook", "x"], ["instagram"]][i % 3]
                default: platforms = [["telegram", "x"], ["x", "facebook"], ["telegram", "facebook", "x"]][i % 3]
                }
                for platform in platforms {
                    var d = ObservationDraft(
                        time: item.time + Int64(rng.int(1...72)) * 3_600_000, platform: platform,
                        author: rng.pick(personas), community: Self.community(platform, spec.key),
                        language: item.language, text: Self.lightlyEdit(item.text, &rng))
                    d.views = Int64(rng.int(20...400))
                    d.likes = Int64(rng.int(0...25))
                    d.shares = Int64(rng.int(0...4))
                    d.replies = Int64(rng.int(0...6))
                    d.followers = Int64(rng.int(50...900))
                    if level <= 2 {
                        // Engagement from the operation's own accounts: not breakout.
                        d.authentic = false
                    } else if platforms.count >= 2 || i % 2 == 0 {
                        d.views = Int64(rng.int(2_000...40_000))
                        d.likes = Int64(rng.int(80...1_500))
                        d.shares = Int64(rng.int(20...400))
                        d.repostedBy = (0..<rng.int(2...5)).map { _ in "@" + rng.pick(Self.handles) + String(rng.int(10...9999)) }
                        d.authentic = true
                    }
                    emit(d)
                }
                if level >= 4 && i < 2 {
                    var d = ObservationDraft(
                        time: item.time + Int64(rng.int(24...120)) * 3_600_000, platform: "news",
                        author: rng.pick(["Redacción", "Staff writer", "Gastautor"]), community: Self.outlet(spec.key),
                        language: item.language, text: Self.lightlyEdit(item.text, &rng))
                    d.views = Int64(rng.int(10_000...200_000))
                    d.authentic = true
                    if level == 6 && i == 0 { d.policyResponse = true }
                    emit(d)
                }
                if level == 5 && i == 0 {
                    var d = ObservationDraft(
                        time: item.time + Int64(rng.int(6...48)) * 3_600_000, platform: "x", author: rng.pick(personas),
                        community: "quote by a sitting member of parliament", language: item.language,
                        text: Self.lightlyEdit(item.text, &rng))
                    d.views = Int64(rng.int(100_000...900_000))
                    d.likes = Int64(rng.int(5_000...40_000))
                    d.shares = Int64(rng.int(1_000...9_000))
                    d.repostedBy = ["@" + rng.pick(Self.handles) + "_mp"]
                    d.amplified = true
                    d.authentic = true
                    emit(d)
                }
            }
        }
        // Unrelated posts analysts also collected.
        for _ in 0..<scaled(40, min: 10) {
            let text = rng.pick(Self.unrelatedPosts)
            var d = ObservationDraft(
                time: waveStart + Int64(rng.int(0...(Self.days * 86_400 - 1))) * 1000, platform: rng.pick(["x", "facebook", "reddit", "instagram", "tiktok"]),
                author: "@" + rng.pick(Self.handles) + String(rng.int(10...9999)), community: nil, language: nil, text: text)
            d.views = Int64(rng.int(10...5_000))
            d.likes = Int64(rng.int(0...300))
            emit(d)
        }
        return written
    }

    /// The light edits operators make before posting: punctuation, a hashtag, a dropped sentence,
    /// a changed first letter, removed em-dashes.
    static func lightlyEdit(_ text: String, _ rng: inout SplitMix64) -> String {
        var t = text
        if rng.chance(0.5) { t = t.replacingAll("—", with: ",").replacingAll("–", with: "-") }
        if rng.chance(0.3) {
            let sentences = t.split(separator: ".", omittingEmptySubsequences: false)
            if sentences.count > 3 { t = sentences.dropLast(2).joined(separator: ".") + "." }
        }
        if rng.chance(0.4) { t += " " + rng.pick(["#news", "#truth", "#fyp", "#noticias", "#aktuell", "🔥", "👇"]) }
        if rng.chance(0.3), let first = t.first, first.isLetter {
            t = first.lowercased() + t.dropFirst()
        }
        return t
    }

    // MARK: truth

    func truthJSON(networkAccounts: [[String]], groupAccounts: [[String]], benign: Int) -> String {
        let truth = ScenarioTruth(
            scenario: .init(
                seed: seed, scale: scale, wave: wave, start: waveStart, days: Self.days,
                settings: knobs == Knobs()
                    ? nil : [
                        "benign_multiplier": knobs.benignMultiplier, "flagged_share": knobs.flaggedShare, "activity": knobs.activity,
                        "sizes": knobs.sizes, "shared_exits": knobs.sharedExits,
                    ]),
            networks: NetworkCorpus.networks.enumerated().map { i, n in
                ScenarioTruth.Network(
                    id: "truth-\(n.key)", name: n.name, category: ThreatCategory(rawValue: n.category)!, accounts: networkAccounts[i].sorted(),
                    utcOffsetHours: Double(n.offset), promptLanguage: n.promptLanguage, outputLanguages: n.outputLanguages, breakout: n.breakout)
            },
            hardNegativeGroups: HardNegativeCorpus.groups.enumerated().map { i, g in
                ScenarioTruth.Group(id: g.key, description: g.description, accounts: groupAccounts[i].sorted())
            },
            benignAccounts: benign)
        do { return try JSONCodec.encode(truth) + "\n" } catch { preconditionFailure("unencodable truth: \(error)") }
    }
}
