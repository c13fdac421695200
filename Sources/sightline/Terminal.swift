import Foundation
import SightlinePipeline

/// Writing to the terminal: progress on standard error only when it is a terminal.
enum Terminal {
    static let isInteractive = isatty(2) == 1

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("sightline: " + message + "\n").utf8))
    }

    static func status(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// A one-line progress display redrawn in place, at most ten times a second.
    final class Progress {
        var last: Double = -1
        let label: String
        let totalBytes: Int
        init(label: String, totalBytes: Int) {
            self.label = label
            self.totalBytes = totalBytes
        }

        func update(_ p: IngestProgress) {
            guard Terminal.isInteractive, p.elapsedSeconds - last >= 0.1 else { return }
            last = p.elapsedSeconds
            let rate = p.elapsedSeconds > 0 ? Double(p.summary.lines) / p.elapsedSeconds : 0
            var line = "\r\u{1B}[2K\(label) \(p.source): \(grouped(p.summary.lines)) lines, \(grouped(Int(rate)))/s"
            if totalBytes > 0 {
                line += ", \(min(100, p.summary.bytes * 100 / totalBytes))%"
            }
            FileHandle.standardError.write(Data(line.utf8))
        }

        func finish() {
            if Terminal.isInteractive && last >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        }
    }
}

func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + out
}

func fileSize(_ path: String) -> Int {
    var st = stat()
    return stat(path, &st) == 0 ? Int(st.st_size) : 0
}
