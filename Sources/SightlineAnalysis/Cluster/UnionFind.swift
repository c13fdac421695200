/// Disjoint sets of accounts. The smaller id becomes the root of a union, so the result does not
/// depend on the order of unions with equal outcome.
struct UnionFind {
    private var parent: [String: String] = [:]

    init(_ items: some Sequence<String>) {
        for i in items { parent[i] = i }
    }

    mutating func find(_ x: String) -> String {
        var r = x
        while let p = parent[r], p != r { r = p }
        var y = x
        while let p = parent[y], p != r {
            parent[y] = r
            y = p
        }
        return r
    }

    mutating func union(_ a: String, _ b: String) {
        let x = find(a)
        let y = find(b)
        if x != y { if x < y { parent[y] = x } else { parent[x] = y } }
    }

    /// The sets, each in sorted order, keyed by root.
    mutating func groups(of items: some Sequence<String>) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for i in items.sorted() { out[find(i), default: []].append(i) }
        return out
    }
}
