import Testing
import SightlineCore
@testable import SightlineScenario

@Suite struct ScenarioGeneratorTests {
    func generate(seed: UInt64, scale: Double) -> (events: [String], observations: [String], truth: String) {
        var events: [String] = []
        var observations: [String] = []
        let (truth, counts) = ScenarioGenerator(seed: seed, scale: scale).run(
            event: { events.append($0) }, observation: { observations.append($0) })
        #expect(counts.events == events.count)
        #expect(counts.observations == observations.count)
        return (events, observations, truth)
    }

    @Test func sameSeedSameBytes() {
        let a = generate(seed: 5, scale: 0.1)
        let b = generate(seed: 5, scale: 0.1)
        #expect(a.events == b.events)
        #expect(a.observations == b.observations)
        #expect(a.truth == b.truth)
        let c = generate(seed: 6, scale: 0.1)
        #expect(a.events != c.events)
    }

    @Test func everyLineIsValidAndTruthMatchesTheEvents() throws {
        let s = generate(seed: 11, scale: 0.2)
        var accounts = Set<String>()
        var ids = Set<String>()
        var languagesSeen = Set<String>()
        for line in s.events {
            let e = try EventDecoder.decode(line)
            accounts.insert(e.account)
            ids.insert(e.id)
            if let l = e.locale { languagesSeen.insert(String(l.prefix(2))) }
        }
        #expect(ids.count == s.events.count, "event ids are unique")
        for line in s.observations { _ = try ObservationDecoder.decode(line) }
        #expect(languagesSeen.isSuperset(of: ["en", "zh", "es", "ru", "ko", "fa", "ja", "ar", "de", "fr"]))

        let truth = try #require(s.truth.data(using: .utf8))
        let json = try #require(try JSONSerialization.jsonObject(with: truth) as? [String: Any])
        let networks = try #require(json["networks"] as? [[String: Any]])
        #expect(networks.count >= 12)
        let categories = Set(networks.compactMap { $0["category"] as? String })
        #expect(categories == ["influence", "surveillance", "cyber.malware", "cyber.recon", "cyber.phishing", "employment", "scam"])
        let breakouts = Set(networks.compactMap { $0["breakout"] as? Int })
        #expect(breakouts == [1, 2, 3, 4, 5, 6], "observations exercise every Breakout category")
        var inNetworks = Set<String>()
        for n in networks {
            let members = try #require(n["accounts"] as? [String])
            #expect(members.count >= 2)
            for m in members {
                #expect(accounts.contains(m))
                #expect(inNetworks.insert(m).inserted, "an account belongs to one network")
            }
        }
        let groups = try #require(json["hard_negative_groups"] as? [[String: Any]])
        #expect(groups.count >= 5)
        let benign = try #require(json["benign_accounts"] as? Int)
        #expect(benign + inNetworks.count == accounts.count)
    }

    @Test func observationsAreLightlyEditedModelOutputs() throws {
        let s = generate(seed: 3, scale: 0.2)
        let responses = Set(s.events.compactMap { try? EventDecoder.decode($0).response })
        let texts = try s.observations.map { try ObservationDecoder.decode($0).text }
        // Most observation texts share a long run of words with some logged model output.
        let matched = texts.filter { text in
            let words = text.split(separator: " ").prefix(6).joined(separator: " ").lowercased()
            return responses.contains { $0.lowercased().contains(words) }
        }
        #expect(Double(matched.count) / Double(texts.count) > 0.6)
        #expect(matched.count < texts.count, "some observations are unrelated posts")
    }
}

import Foundation

extension ScenarioGeneratorTests {
    func run(_ knobs: ScenarioGenerator.Knobs) throws -> (events: [UsageEvent], truth: ScenarioTruth) {
        var lines: [String] = []
        let (truth, _) = ScenarioGenerator(seed: 9, scale: 0.2, knobs: knobs).run(event: { lines.append($0) }, observation: { _ in })
        return (try lines.map { try EventDecoder.decode($0) }, try JSONCodec.decode(ScenarioTruth.self, from: truth))
    }

    /// The robustness knobs change only what they name: hidden members ask ordinary things from
    /// the same accounts, visible members write exactly what they wrote, and a larger ordinary
    /// population leaves the operations as they were.
    @Test func knobsChangeOnlyWhatTheyName() throws {
        let standard = try run(.init())
        #expect(standard.truth.scenario?.settings == nil, "the standard scenario names no settings")
        let hidden = try run(.init(flaggedShare: 0.25))
        #expect(hidden.truth.networks.map(\.accounts) == standard.truth.networks.map(\.accounts))
        #expect(hidden.truth.scenario?.settings?["flagged_share"] == 0.25)
        func prompts(_ events: [UsageEvent]) -> [String: [String]] { Dictionary(grouping: events, by: \.account).mapValues { $0.map(\.prompt) } }
        let before = prompts(standard.events)
        let after = prompts(hidden.events)
        var changed = 0
        for network in standard.truth.networks {
            let visible = max(1, Int((Double(network.accounts.count) * 0.25).rounded(.up)))
            // Members are numbered in the order the truth lists them only by chance, so count.
            let same = network.accounts.filter { before[$0] == after[$0] }.count
            #expect(same >= visible, "\(network.id): \(same) unchanged of \(network.accounts.count)")
            changed += network.accounts.count - same
        }
        #expect(changed > 0)
        let crowd = try run(.init(benignMultiplier: 3))
        #expect(crowd.truth.networks.map(\.accounts.count) == standard.truth.networks.map(\.accounts.count))
        #expect(crowd.truth.benignAccounts > 2 * standard.truth.benignAccounts)
    }
}
