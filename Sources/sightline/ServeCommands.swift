import ArgumentParser
import Foundation
import SightlineCore
import SightlineEncoder
import SightlinePipeline
import SightlineServer
import SightlineStore

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the HTTP API and the web console.",
        discussion: "Every route but /healthz and /readyz needs a bearer token. On the first run the store has no token: an admin token is created and printed once; only its hash is kept. Add more with `sightline token create --role viewer|analyst|admin`.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port.") var port = 8080

    func run() async throws {
        let s = try openStore(store)
        if try s.tokenCount() == 0 {
            let token = try Tokens.create(store: s, role: .admin, name: "first run", now: Int64(Date().timeIntervalSince1970 * 1000))
            FileHandle.standardOutput.write(Data("First run: admin token (shown once, store it now): \(token)\n".utf8))
        }
        // The encoder, for /v1/similar, when the model is fetched.
        let cache = ModelCache()
        let encoder: E5Encoder? = cache.status().verified ? try? E5Encoder(model: E5Model(bytes: cache.load())) : nil
        if encoder == nil { FileHandle.standardOutput.write(Data("The encoder model is not fetched: /v1/similar answers 503 (run `sightline model fetch`).\n".utf8)) }
        FileHandle.standardOutput.write(Data("Serving the Sightline API on http://\(host):\(port)/ (Ctrl-C to stop)\n".utf8))
        try await SightlineServer.buildApplication(store: s, encoder: encoder, host: host, port: port).runService()
    }
}

struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "API tokens.", subcommands: [Create.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token with a role; it is printed once, and only its hash is stored.")
        @OptionGroup var store: StoreOptions
        @Option(help: "viewer, analyst or admin.") var role: Role
        @Option(help: "Who or what it is for.") var name = "unnamed"

        func run() throws {
            let token = try Tokens.create(store: try openStore(store), role: role, name: name, now: Int64(Date().timeIntervalSince1970 * 1000))
            print(token)
        }
    }
}

extension Role: ExpressibleByArgument {}
