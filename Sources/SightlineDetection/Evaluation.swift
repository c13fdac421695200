import SightlineCore

/// Precision, recall and F1 per category, the confusion matrix and the benign false-positive rate.
public struct Evaluation: Sendable {
    public let classes: [Label]
    /// matrix[truth][predicted]
    public private(set) var matrix: [[Int]]

    public init(classes: [Label] = Label.all) {
        self.classes = classes
        matrix = Array(repeating: Array(repeating: 0, count: classes.count), count: classes.count)
    }

    public mutating func add(truth: Label, predicted: Label) {
        guard let t = classes.firstIndex(of: truth), let p = classes.firstIndex(of: predicted) else { return }
        matrix[t][p] += 1
    }

    public var total: Int { matrix.reduce(0) { $0 + $1.reduce(0, +) } }

    public func precision(_ c: Int) -> Double {
        let predicted = (0..<classes.count).reduce(0) { $0 + matrix[$1][c] }
        return predicted == 0 ? 0 : Double(matrix[c][c]) / Double(predicted)
    }

    public func recall(_ c: Int) -> Double {
        let actual = matrix[c].reduce(0, +)
        return actual == 0 ? 0 : Double(matrix[c][c]) / Double(actual)
    }

    public func f1(_ c: Int) -> Double {
        let p = precision(c)
        let r = recall(c)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Macro-F1 over the seven threat categories that occur in the data.
    public var macroF1: Double {
        let present = classes.indices.filter { classes[$0] != .benign && matrix[$0].reduce(0, +) > 0 }
        return present.isEmpty ? 0 : present.map(f1).reduce(0, +) / Double(present.count)
    }

    /// Share of benign items given a threat category.
    public var benignFalsePositiveRate: Double {
        guard let b = classes.firstIndex(of: .benign) else { return 0 }
        let n = matrix[b].reduce(0, +)
        return n == 0 ? 0 : Double(n - matrix[b][b]) / Double(n)
    }

    public var accuracy: Double {
        let correct = classes.indices.reduce(0) { $0 + matrix[$1][$1] }
        return total == 0 ? 0 : Double(correct) / Double(total)
    }

    /// A plain-text report for people.
    public func report() -> String {
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        var out = "\(pad("category", 16)) \(lpad("precision", 9)) \(lpad("recall", 7)) \(lpad("F1", 6)) \(lpad("n", 6))\n"
        for (i, c) in classes.enumerated() {
            out += "\(pad(c.rawValue, 16)) \(lpad(format2(precision(i)), 9)) \(lpad(format2(recall(i)), 7)) \(lpad(format2(f1(i)), 6)) \(lpad(String(matrix[i].reduce(0, +)), 6))\n"
        }
        out += "\nmacro-F1 (threat categories): \(format2(macroF1))   accuracy: \(format2(accuracy))   benign false-positive rate: \(format2(benignFalsePositiveRate * 100))%\n"
        out += "\nconfusion matrix (rows: truth, columns: predicted)\n"
        let short = classes.map { String($0.rawValue.split(separator: ".").last ?? "").prefix(8) }
        out += pad("", 16) + short.map { lpad(String($0), 9) }.joined() + "\n"
        for (i, c) in classes.enumerated() {
            out += pad(c.rawValue, 16) + matrix[i].map { lpad(String($0), 9) }.joined() + "\n"
        }
        return out
    }
}
