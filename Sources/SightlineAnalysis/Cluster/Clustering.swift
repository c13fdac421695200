import SightlineCore

/// How linked accounts are grouped into networks.
public enum Clustering: String, Sendable, CaseIterable {
    /// Connected components over edges at least as strong as the link threshold (the default; see
    /// docs/DETECTION.md for the measurements that chose it).
    case components
    /// Louvain modularity communities over every edge, weighted by strength.
    case louvain
}

/// Groups the candidates into networks: connected components over strong edges, joined across
/// compartmented fragments by behaviour, or Louvain communities over every edge.
struct Clusterer {
    var method: Clustering
    var linkThreshold: Double
    var behaviour: BehaviourLinks
    var bridges = WeakBridges(maxWeight: 0.7, minSide: 2)
    static let minimumAnchor = 0.45

    /// The groups, each sorted, in order of their first account. Behaviour joins are added to
    /// `graph` as edges at the threshold.
    func run(candidates: Set<String>, graph: inout EvidenceGraph, seeds: Set<String>, profiles: [String: AccountProfile], events: [AnalysisEvent]) -> [[String]] {
        var sets = UnionFind(candidates)
        // A strong edge needs an anchor: one reason strong enough to stand for a tie on its own.
        // Crumbs (a popular exit, a common mail domain, the same hours, a few shared ordinary
        // phrasings) add up past the threshold too easily between strangers, and that is how two
        // operations behind one VPN exit merged.
        let strong = graph.sorted.filter { $0.edge.weight >= linkThreshold && $0.edge.reasons.contains { $0.weight >= Self.minimumAnchor } }
        // Only ties of infrastructure alone can be cut: shared content (templates, outputs) is
        // the operation's own.
        let cuttable = strong.filter { !$0.edge.reasons.contains { $0.kind == .templateSimilarity || $0.kind == .reusedOutputs } }
        let cut = bridges.find(nodes: candidates.sorted(), edges: strong.map { ($0.pair, $0.edge.weight) })
            .intersection(cuttable.map(\.pair))
        for (pair, _) in strong where !cut.contains(pair) { sets.union(pair.first, pair.second) }
        let infrastructure = graph.accountsWithOwnInfrastructure
        let fragments = sets.groups(of: candidates).values.filter { g in g.allSatisfy { !infrastructure.contains($0) } }
        for link in behaviour.find(fragments: Array(fragments), seeds: seeds, profiles: profiles, events: events) {
            graph.add(AccountPair(link.a, link.b), .init(kind: .sharedBehaviour, detail: link.detail, weight: linkThreshold))
            sets.union(link.a, link.b)
        }
        var groups = Array(sets.groups(of: candidates).values)
        if method == .louvain {
            // Modularity communities over every edge (not only the strong ones), with the
            // behaviour links as edges at the threshold.
            let order = candidates.sorted()
            let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            let weighted = graph.sorted.compactMap { pair, edge -> (Int, Int, Double)? in
                guard let a = index[pair.first], let b = index[pair.second] else { return nil }
                return (a, b, edge.weight)
            }
            let community = Louvain.communities(count: order.count, edges: weighted)
            var byCommunity: [Int: [String]] = [:]
            for (i, a) in order.enumerated() { byCommunity[community[i], default: []].append(a) }
            groups = Array(byCommunity.values)
        }
        return groups.sorted { $0[0] < $1[0] }
    }
}

/// Louvain community detection (Blondel et al. 2008) on a small weighted graph: nodes move to the
/// neighbouring community that raises modularity most, then communities become nodes, until
/// nothing moves. Nodes are visited in a fixed order, so the result is deterministic.
enum Louvain {
    /// The communities of one group, over the edges among its members, each sorted, in order of
    /// their first account.
    static func split(_ members: [String], graph: EvidenceGraph) -> [[String]] {
        let order = members.sorted()
        var edges: [(Int, Int, Double)] = []
        for x in 0..<order.count {
            for y in (x + 1)..<order.count { if let e = graph.edge(order[x], order[y]) { edges.append((x, y, e.weight)) } }
        }
        let community = communities(count: order.count, edges: edges)
        var byCommunity: [Int: [String]] = [:]
        for (i, a) in order.enumerated() { byCommunity[community[i], default: []].append(a) }
        return byCommunity.values.sorted { $0[0] < $1[0] }
    }

    /// `edges` are (a, b, weight) over nodes 0..<count; returns a community index per node.
    static func communities(count: Int, edges: [(Int, Int, Double)]) -> [Int] {
        var membership = Array(0..<count)
        var graph = edges
        var nodes = count
        while true {
            let (level, moved) = onePass(nodes: nodes, edges: graph)
            if !moved { break }
            // Renumber communities densely, in order of first appearance.
            var dense: [Int: Int] = [:]
            for c in level where dense[c] == nil { dense[c] = dense.count }
            membership = membership.map { dense[level[$0]]! }
            var merged: [Int: Double] = [:]
            for (a, b, w) in graph {
                let x = dense[level[a]]!
                let y = dense[level[b]]!
                merged[x * dense.count + y, default: 0] += w
            }
            graph = merged.keys.sorted().map { ($0 / dense.count, $0 % dense.count, merged[$0]!) }
            nodes = dense.count
        }
        return membership
    }

    /// One level: local moves until none helps. Self-loops (a == b) carry a community's inner weight.
    static func onePass(nodes: Int, edges: [(Int, Int, Double)]) -> (community: [Int], moved: Bool) {
        var neighbours = [[(Int, Double)]](repeating: [], count: nodes)
        var degree = [Double](repeating: 0, count: nodes)
        var total = 0.0
        for (a, b, w) in edges {
            if a == b {
                degree[a] += 2 * w
            } else {
                neighbours[a].append((b, w))
                neighbours[b].append((a, w))
                degree[a] += w
                degree[b] += w
            }
            total += w
        }
        var community = Array(0..<nodes)
        guard total > 0 else { return (community, false) }
        var communityDegree = degree
        var moved = false
        var changed = true
        var rounds = 0
        while changed && rounds < 100 {
            changed = false
            rounds += 1
            for i in 0..<nodes {
                let own = community[i]
                var links: [Int: Double] = [:]
                for (j, w) in neighbours[i] { links[community[j], default: 0] += w }
                communityDegree[own] -= degree[i]
                // Gain of joining community c: links to c - degree(i) * degree(c) / 2m.
                var best = own
                var bestGain = (links[own] ?? 0) - degree[i] * communityDegree[own] / (2 * total)
                for c in links.keys.sorted() {
                    let gain = links[c]! - degree[i] * communityDegree[c] / (2 * total)
                    if gain > bestGain + 1e-12 {
                        best = c
                        bestGain = gain
                    }
                }
                communityDegree[best] += degree[i]
                if best != own {
                    community[i] = best
                    changed = true
                    moved = true
                }
            }
        }
        return (community, moved)
    }
}
