/// How linked accounts are grouped into networks.
public enum Clustering: String, Sendable, CaseIterable {
    /// Connected components over edges at least as strong as the link threshold (the default; see
    /// docs/DETECTION.md for the measurements that chose it).
    case components
    /// Louvain modularity communities over every edge, weighted by strength.
    case louvain
}

/// Louvain community detection (Blondel et al. 2008) on a small weighted graph: nodes move to the
/// neighbouring community that raises modularity most, then communities become nodes, until
/// nothing moves. Nodes are visited in a fixed order, so the result is deterministic.
enum Louvain {
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
