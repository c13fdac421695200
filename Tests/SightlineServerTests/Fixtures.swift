import SightlineCore
import SightlinePipeline
import SightlineStore

/// A network whose every text field an attacker could have shaped.
func hostileNetwork(id: String, accounts: [String], details: [String]) -> Network {
    Network(
        id: id, name: "Quiet Harbor", category: .influence, categories: [.influence: 0.9], risk: 0.9, accounts: accounts,
        attribution: .init(
            promptLanguages: ["en": 1], outputLanguages: [:], utcOffsetHours: 3, anonymizerShare: 0, countries: [:], confidence: .low,
            reasons: []),
        breakout: nil, ttps: [], evidence: details.map { .init(kind: .sharedInfrastructure, detail: "device " + $0, accounts: accounts) },
        events: 2, firstSeen: 1_756_684_800_000, lastSeen: 1_756_771_200_000, hourOfWeek: [])
}
