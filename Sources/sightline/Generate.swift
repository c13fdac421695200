import ArgumentParser
import Foundation
import SightlineCore
import SightlinePipeline
import SightlineScenario

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a realistic synthetic scenario: events.jsonl, observations.jsonl, truth.json.",
        discussion: "The same seed and scale always give the same bytes. Scale 1 is a laptop-sized month (about 100,000 events); scale 20 gives about two million.")

    @Option(help: "Directory to write into (created if missing).") var out: String
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "Size: 1 is a laptop-sized month; larger for load tests.") var scale: Double = 1
    @Option(help: "Month of the scenario: 2 and later bring new accounts of the same operators (for the recidivism watch) and new benign users.") var wave = 1

    @Option(help: "Mean number of events of an ordinary account in the month (the analyze benchmark's budget assumes 10).") var benignMean = 20
    @Option(help: "The ordinary population times this, operations unchanged (false positives must not grow with it).") var benignMultiplier: Double = 1
    @Option(help: "Share of each operation's members whose prompts are the operation's own (0.2...1); the rest ask ordinary things from the same infrastructure.") var flaggedShare: Double = 1
    @Option(help: "Operation members' activity times this (sparser below 1).") var activity: Double = 1
    @Option(help: "Operation sizes times this, each kept within 2 to 50 accounts.") var sizes: Double = 1
    @Option(help: "Share of all events (operators' and ordinary users') sent through three popular VPN exits that no feed labels (merge traps).") var sharedExits: Double = 0

    func validate() throws {
        guard scale > 0, scale <= 1000 else { throw ValidationError("--scale must be above 0 and at most 1000") }
        guard benignMean >= 1, benignMean <= 400 else { throw ValidationError("--benign-mean must be between 1 and 400") }
        guard benignMultiplier > 0, benignMultiplier <= 100 else { throw ValidationError("--benign-multiplier must be above 0 and at most 100") }
        guard flaggedShare >= 0.05, flaggedShare <= 1 else { throw ValidationError("--flagged-share must be from 0.05 to 1") }
        guard activity >= 0.05, activity <= 10 else { throw ValidationError("--activity must be from 0.05 to 10") }
        guard sizes >= 0.1, sizes <= 10 else { throw ValidationError("--sizes must be from 0.1 to 10") }
        guard sharedExits >= 0, sharedExits <= 1 else { throw ValidationError("--shared-exits must be from 0 to 1") }
    }

    func run() throws {
        let started = Date()
        let written = try ScenarioFiles.write(
            to: out, seed: seed, scale: scale, wave: wave, benignMean: benignMean,
            knobs: .init(benignMultiplier: benignMultiplier, flaggedShare: flaggedShare, activity: activity, sizes: sizes, sharedExits: sharedExits))
        let seconds = Date().timeIntervalSince(started)
        print("Wrote \(grouped(written.counts.events)) events from \(grouped(written.counts.accounts)) accounts and \(grouped(written.counts.observations)) observations to \(out)/ in \(String(format: "%.1f", seconds)) s (seed \(seed), scale \(scale)\(wave > 1 ? ", wave \(wave)" : "")).")
    }
}
