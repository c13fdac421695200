import SightlineCore

/// A small network for tests that need one in the store.
func testNetwork(id: String, accounts: [String], category: ThreatCategory = .influence) -> Network {
    Network(
        id: id, name: "Quiet Harbor", category: category, categories: [category: 0.9], risk: 0.9, accounts: accounts,
        attribution: .init(
            promptLanguages: ["en": 1], outputLanguages: [:], utcOffsetHours: 3, anonymizerShare: 0, countries: [:], confidence: .low,
            reasons: []),
        breakout: nil, ttps: [], evidence: [], events: accounts.count, firstSeen: 1_756_684_800_000, lastSeen: 1_756_771_200_000,
        hourOfWeek: [Int](repeating: 0, count: 168))
}

extension Network {
    /// What the store gives back: the document's three-decimal shares and scores.
    func roundTripped() throws -> Network { try Network.decode(document: try document(), id: id) }
}
