import SightlineCore

/// The Breakout Scale (Nimmo, Brookings 2020) for influence operations.
enum BreakoutScale {
    /// Breakout Scale (Nimmo 2020) from the observations that reproduce the network's outputs.
    /// Engagement judged inauthentic (the operation's own or bought) never counts as breakout.
    static func rate(_ matched: [Observation]) -> Network.Breakout {
        let ids = matched.map(\.id)
        func list(_ obs: [Observation]) -> String { obs.prefix(3).map(\.id).joined(separator: ", ") }
        let policyHits = matched.filter { $0.policyResponse == true || $0.callsForViolence == true }
        if !policyHits.isEmpty {
            return .init(category: 6, rationale: "Category 6: content matched to this network triggered a policy response or offline action, or called for violence (\(list(policyHits))).", observations: ids)
        }
        let amplified = matched.filter { $0.amplifiedByPublicFigure == true }
        if !amplified.isEmpty {
            return .init(category: 5, rationale: "Category 5: amplified by a public figure (\(list(amplified))).", observations: ids)
        }
        let media = matched.filter { $0.platform == "news" }
        if !media.isEmpty {
            return .init(category: 4, rationale: "Category 4: reported or carried by mainstream media (\(list(media))).", observations: ids)
        }
        let social = matched.filter { $0.platform != "news" }
        let platforms = Set(social.map(\.platform))
        let organic = social.filter { !$0.repostedBy.isEmpty && $0.authenticEngagement != false }
        let organicPlatforms = Set(organic.map(\.platform))
        if platforms.count >= 2 && organicPlatforms.count >= 2 {
            return .init(category: 3, rationale: "Category 3: inserted on \(platforms.count) platforms (\(platforms.sorted().joined(separator: ", "))) and picked up by real users on \(organicPlatforms.count) of them (\(list(organic))); no mainstream media coverage seen.", observations: ids)
        }
        if platforms.count >= 2 || !organicPlatforms.isEmpty {
            let why = organicPlatforms.isEmpty
                ? "inserted on \(platforms.count) platforms (\(platforms.sorted().joined(separator: ", "))) without spreading beyond the insertion communities"
                : "spread beyond its insertion community on \(organicPlatforms.sorted().joined(separator: ", "))"
            return .init(category: 2, rationale: "Category 2: \(why).", observations: ids)
        }
        let inauthentic = social.filter { $0.authenticEngagement == false }.count
        return .init(category: 1, rationale: "Category 1: stayed on \(platforms.first ?? "one platform") in the community where it was inserted\(inauthentic > 0 ? "; its engagement came from the operation itself and does not count" : "").", observations: ids)
    }
}
