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
        discussion: """
            The API (/v1/..., described at /openapi.yaml) takes bearer tokens; the web console \
            (overview, networks, network pages with their case, quarantine, report, and for admins \
            the tokens page) is at / and signs in at /login with a token, which opens a server-side \
            session. Every route but /healthz, /readyz and /login needs a token. On the first run the \
            store has no token: an admin token is created and printed once; only its hash is kept. Add \
            more with `sightline token create --role viewer|analyst|admin`; list and revoke them with \
            `sightline token list` and `sightline token revoke`.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port.") var port = 8080
    @Flag(help: "Mark the console's session cookie Secure (browsers then send it over HTTPS only): use it behind a TLS proxy.")
    var secureCookie = false
    @Option(help: "Hours a console session lasts after sign-in, whatever its activity.") var sessionHours = 12.0
    @Option(help: "Minutes without a request after which a console session ends.") var sessionIdleMinutes = 120.0
    @Option(help: "Failed sign-ins (console or bearer token) from one address in a minute before it is answered 429.")
    var signInFailures = 10
    @Option(help: "Who publishes the threat report, as its byline names them (default $SIGHTLINE_PUBLISHER).") var publisher: String?

    func validate() throws {
        guard sessionHours > 0, sessionHours <= 24 * 30 else { throw ValidationError("--session-hours must be more than 0 and at most 720") }
        guard sessionIdleMinutes > 0 else { throw ValidationError("--session-idle-minutes must be more than 0") }
        guard signInFailures >= 1 else { throw ValidationError("--sign-in-failures must be at least 1") }
    }

    func run() async throws {
        // On PostgreSQL, a connection for each of the server's store threads (`StoreAccess`), so
        // one slow request does not hold up the others.
        let s = try openStore(store, connections: 8)
        if try s.tokenCount() == 0 {
            let token = try Tokens.create(store: s, role: .admin, name: "first run", now: Int64(Date().timeIntervalSince1970 * 1000))
            FileHandle.standardOutput.write(Data("First run: admin token (shown once, store it now): \(token)\n".utf8))
        }
        var configuration = ServerConfiguration()
        configuration.secureCookie = secureCookie
        configuration.sessionLifetime = Int64(sessionHours * 3_600_000)
        configuration.sessionIdle = Int64(sessionIdleMinutes * 60_000)
        configuration.signInFailureLimit = signInFailures
        configuration.publisher = publisher ?? ProcessInfo.processInfo.environment["SIGHTLINE_PUBLISHER"]
        // The encoder, for /v1/similar, when the model is fetched.
        let cache = ModelCache()
        let encoder: E5Encoder? = cache.status().verified ? try? E5Encoder(model: E5Model(bytes: cache.load())) : nil
        if encoder == nil { FileHandle.standardOutput.write(Data("The encoder model is not fetched: /v1/similar answers 503 (run `sightline model fetch`).\n".utf8)) }
        FileHandle.standardOutput.write(Data("Serving the Sightline API on http://\(host):\(port)/ (Ctrl-C to stop)\n".utf8))
        try await SightlineServer.buildApplication(store: s, encoder: encoder, configuration: configuration, host: host, port: port).runService()
    }
}

struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "API tokens: create, list, revoke.", subcommands: [Create.self, List.self, Revoke.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token with a role; it is printed once, and only its hash is stored.")
        @OptionGroup var store: StoreOptions
        @Option(help: "viewer, analyst or admin.") var role: Role
        @Option(help: "Who or what it is for (the audit log names the token by it and its id).") var name = "unnamed"

        func run() throws {
            let token = try tokenCommand { try Tokens.create(store: try openStore(store), role: role, name: name, now: Int64(Date().timeIntervalSince1970 * 1000)) }
            print(token)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the tokens: id, name, role, when created, last used and revoked. Never their secrets.")
        @OptionGroup var store: StoreOptions
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() throws {
            let tokens = try openStore(store).tokens().map(Tokens.Listed.init)
            if format == .json {
                struct Listing: Encodable { var tokens: [Tokens.Listed] }
                try printJSON(Listing(tokens: tokens))
                return
            }
            let rows = [["id", "name", "role", "created", "last used", "revoked"]]
                + tokens.map { [String($0.id), LineError.quote($0.name, limit: 40), $0.role, $0.created, $0.last_used ?? "-", $0.revoked ?? "-"] }
            let widths = (0..<6).map { c in rows.map { $0[c].count }.max() ?? 0 }
            for row in rows {
                print(row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a token by its id or name: it is refused at once, and the console sessions opened with it end.",
            discussion: "A name that several live tokens share is refused with their ids: revoke one by its id.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The token's id (as `token list` shows it) or its name.") var token: String

        func run() throws {
            let s = try openStore(store)
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            let revoked = try tokenCommand { try Tokens.revoke(token, in: s, now: now) }
            try s.addAudit(actor: "cli", action: "token.revoke", subject: "token \(revoked.id)", detail: "\(revoked.role) token \(revoked.name)", time: now)
            print("revoked token \(revoked.id) (\(LineError.quote(revoked.name, limit: 100)), \(revoked.role))")
        }
    }
}

/// A token failure as the commands print it: the message, exit 2.
func tokenCommand<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as Tokens.Failure {
        Terminal.error(e.description)
        throw ExitCode(2)
    }
}

extension Role: ExpressibleByArgument {}
