/// Two operations that share a VPN exit, a household address or a reseller meet through one pair
/// of accounts. Such an edge is a bridge: removing it splits the component in two. A bridge that
/// is not strong on its own (below `maxWeight`), with at least `minSide` accounts on each side,
/// joins two groups rather than one operation, so it is cut (`Clusterer` cuts only bridges of
/// infrastructure alone). Strong bridges (a device or payment instrument in common) stay.
struct WeakBridges {
    var maxWeight: Double
    var minSide: Int

    /// The edges to cut, among `edges` (each an unordered pair with its weight) over `nodes`.
    func find(nodes: [String], edges: [(AccountPair, Double)]) -> Set<AccountPair> {
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        var adjacency = [[(node: Int, edge: Int)]](repeating: [], count: nodes.count)
        for (e, (pair, _)) in edges.enumerated() {
            guard let a = index[pair.first], let b = index[pair.second] else { continue }
            adjacency[a].append((b, e))
            adjacency[b].append((a, e))
        }
        // Iterative DFS: discovery order, low-link and subtree size of every node.
        var order = [Int](repeating: -1, count: nodes.count)
        var low = [Int](repeating: 0, count: nodes.count)
        var size = [Int](repeating: 1, count: nodes.count)
        var componentSize = [Int](repeating: 0, count: nodes.count)
        var bridges: [(edge: Int, child: Int, root: Int)] = []
        var counter = 0
        for start in nodes.indices where order[start] < 0 {
            var stack: [(node: Int, parentEdge: Int, next: Int)] = [(start, -1, 0)]
            var visited: [Int] = []
            order[start] = counter
            low[start] = counter
            counter += 1
            while !stack.isEmpty {
                let top = stack.count - 1
                let (u, parentEdge, next) = stack[top]
                if next < adjacency[u].count {
                    stack[top].next += 1
                    let (v, e) = adjacency[u][next]
                    if e == parentEdge { continue }
                    if order[v] < 0 {
                        order[v] = counter
                        low[v] = counter
                        counter += 1
                        stack.append((v, e, 0))
                    } else {
                        low[u] = min(low[u], order[v])
                    }
                } else {
                    stack.removeLast()
                    visited.append(u)
                    if let parent = stack.last?.node {
                        low[parent] = min(low[parent], low[u])
                        size[parent] += size[u]
                        if low[u] > order[parent] { bridges.append((parentEdge, u, start)) }
                    }
                }
            }
            for v in visited { componentSize[v] = visited.count }
        }
        var cut = Set<AccountPair>()
        for b in bridges {
            let (pair, weight) = edges[b.edge]
            let side = size[b.child]
            let other = componentSize[b.root] - side
            if weight < maxWeight, side >= minSide, other >= minSide { cut.insert(pair) }
        }
        return cut
    }
}
