import Foundation
import SightlineCore
import SightlineScenario

/// Writes a generated scenario into a directory: `events.jsonl`, `observations.jsonl`, `truth.json`.
public enum ScenarioFiles {
    public struct Written: Sendable {
        public var directory: String
        public var counts: ScenarioGenerator.Counts
        public var eventsPath: String { directory + "/events.jsonl" }
        public var observationsPath: String { directory + "/observations.jsonl" }
        public var truthPath: String { directory + "/truth.json" }
    }

    public static func write(
        to directory: String, seed: UInt64, scale: Double, wave: Int = 1, benignMean: Int = 20, knobs: ScenarioGenerator.Knobs = .init()
    ) throws -> Written {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let events = try FileOutput(path: directory + "/events.jsonl")
        let observations = try FileOutput(path: directory + "/observations.jsonl")
        var failure: Error?
        let (truth, counts) = ScenarioGenerator(seed: seed, scale: scale, wave: wave, benignMean: benignMean, knobs: knobs).run(
            event: { line in
                if failure == nil { do { try events.writeLine(line) } catch { failure = error } }
            },
            observation: { line in
                if failure == nil { do { try observations.writeLine(line) } catch { failure = error } }
            })
        if let failure { throw failure }
        try events.close()
        try observations.close()
        let truthFile = try FileOutput(path: directory + "/truth.json")
        var text = truth
        text.removeLast()  // writeLine adds the newline back
        try truthFile.writeLine(text)
        try truthFile.close()
        return Written(directory: directory, counts: counts)
    }
}
