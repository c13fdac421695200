import Foundation
import Hummingbird
import HummingbirdTesting
import SightlineCore
import SightlineStore
import Testing
@testable import SightlineServer

@Suite struct APITests {
    struct Fixture {
        let store = MemoryStore()
        let viewer: String
        let analyst: String
        let admin: String
        init() throws {
            viewer = try Tokens.create(store: store, role: "viewer", name: "v", now: 1)
            analyst = try Tokens.create(store: store, role: "analyst", name: "a", now: 1)
            admin = try Tokens.create(store: store, role: "admin", name: "d", now: 1)
        }
        var app: some ApplicationProtocol { Application(router: SightlineServer.buildRouter(store: store, now: { 1_700_000_000_000 })) }
    }

    static func concrete(_ path: String) -> String {
        path.replacingOccurrences(of: "{id}", with: "net-x").replacingOccurrences(of: "{format}", with: "markdown")
    }

    @Test func everyRouteNeedsTheRightToken() async throws {
        let f = try Fixture()
        try await f.app.test(.router) { client in
            for route in SightlineServer.routes {
                let method: HTTPRequest.Method = route.method == "GET" ? .get : .post
                let uri = Self.concrete(route.path)
                guard let needed = route.role else {
                    try await client.execute(uri: uri, method: method) { #expect($0.status == .ok, "\(uri)") }
                    continue
                }
                try await client.execute(uri: uri, method: method) { #expect($0.status == .unauthorized, "\(uri) without a token") }
                try await client.execute(uri: uri, method: method, headers: [.authorization: "Bearer sl_a_wrong"]) {
                    #expect($0.status == .unauthorized, "\(uri) with an unknown token")
                }
                for (role, token) in [("viewer", f.viewer), ("analyst", f.analyst)] where !Tokens.allows(role, needed) {
                    try await client.execute(uri: uri, method: method, headers: [.authorization: "Bearer \(token)"]) {
                        #expect($0.status == .forbidden, "\(uri) as \(role)")
                    }
                }
            }
        }
    }

    @Test func batchIngestionAnswersLineByLine() async throws {
        let f = try Fixture()
        let body = [
            #"{"id":"e1","time":"2025-09-01T10:00:00Z","account":"a","prompt":"hi"}"#, "", "{broken",
            #"{"id":"e1","time":"2025-09-01T10:00:00Z","account":"a","prompt":"hi"}"#,
        ].joined(separator: "\n")
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: [.authorization: "Bearer \(f.analyst)"], body: ByteBuffer(string: body)) { r in
                #expect(r.status == .ok)
                let o = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
                #expect(o["stored"] as? Int == 1)
                #expect(o["duplicates"] as? Int == 1)
                #expect(o["quarantined"] as? Int == 1)
                let lines = try #require(o["lines"] as? [[String: Any]])
                #expect(lines.map { $0["line"] as? Int } == [1, 3, 4])
                #expect(lines.map { $0["status"] as? String } == ["stored", "quarantined", "duplicate"])
                #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
            let array = #"[{"id":"e2","time":"2025-09-01T10:00:00Z","account":"a","prompt":"x"}, 7]"#
            try await client.execute(uri: "/v1/events", method: .post, headers: [.authorization: "Bearer \(f.admin)"], body: ByteBuffer(string: array)) { r in
                let o = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
                #expect(o["stored"] as? Int == 1)
                #expect(o["quarantined"] as? Int == 1)
            }
        }
        #expect(try f.store.eventCount() == 2)
        #expect(try f.store.quarantinedLines().count == 2)
    }

    @Test func theOpenAPIDocumentNamesEveryRoute() async throws {
        let f = try Fixture()
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/openapi.yaml", method: .get, headers: [.authorization: "Bearer \(f.viewer)"]) { r in
                let text = String(buffer: r.body)
                for route in SightlineServer.routes {
                    #expect(text.contains("  \(route.path):\n"), "\(route.path)")
                    #expect(text.contains("\(route.method.lowercased()):"), "\(route.method)")
                }
            }
        }
    }

    @Test func errorsAreGenericAndNeverEchoThePayload() async throws {
        let f = try Fixture()
        try await f.app.test(.router) { client in
            let hostile = "<script>alert(1)</script>"
            try await client.execute(uri: "/v1/cases/net-nope", method: .post, headers: [.authorization: "Bearer \(f.analyst)"], body: ByteBuffer(string: hostile)) { r in
                #expect(r.status == .badRequest)
                #expect(!String(buffer: r.body).contains("<script>"))
            }
            try await client.execute(uri: "/v1/networks/\(hostile)", method: .get, headers: [.authorization: "Bearer \(f.viewer)"]) { r in
                #expect(r.status == .notFound)
                #expect(!String(buffer: r.body).contains("<script>"))
            }
        }
    }
}
