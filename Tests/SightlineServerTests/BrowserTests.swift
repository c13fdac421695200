import Foundation
import Hummingbird
import HummingbirdTesting
import SightlineCore
import SightlineStore
import Testing
@testable import SightlineServer

/// Console pages with hostile prompts, rendered in real headless Chromium (Debian's `chromium`,
/// installed by .ci/run): no script runs, nothing injected reaches the DOM, the page lays out.
@Suite struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static let hostile = [
        "<script>document.title='pwned'</script>", "<img src=x onerror=\"document.title='pwned'\">", "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=\"document.title='pwned'\"></svg>", "\u{202E}gnp.exe", String(repeating: "W", count: 1_000_000),
    ]

    func run(_ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(Self.chromium, "chromium is not installed (.ci/run installs it)"))
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=2000"] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func hostilePromptsAreInertInRealChromium() async throws {
        let store = MemoryStore()
        let token = try Tokens.create(store: store, role: "analyst", name: "b", now: 1)
        let evidence = Self.hostile.prefix(5).map { #"{"kind": "shared-infrastructure", "detail": \#(JSONText.quoted("device " + $0)), "accounts": ["a", "b"]}"# }.joined(separator: ", ")
        let json = #"{"id": "net-h", "name": "Quiet Harbor", "category": "influence", "categories": {}, "risk": 0.8, "accounts": ["a", "b"], "attribution": {"prompt_languages": {"en": 1}, "output_languages": {}, "utc_offset_hours": 3, "anonymizer_share": 0, "countries": {}, "confidence": "low", "reasons": []}, "breakout": null, "ttps": [], "evidence": [\#(evidence)], "events": 6, "first_seen": "2025-09-01T00:00:00Z", "last_seen": "2025-09-02T00:00:00Z", "hour_of_week": []}"#
        try store.saveNetworks([StoredNetwork(id: "net-h", accounts: ["a", "b"], json: json)])
        try store.saveCase(Case(networkID: "net-h", updated: 1))
        let events = Self.hostile.enumerated().map { UsageEvent(id: "e\($0.offset)", time: Int64($0.offset), account: "a", prompt: $0.element) }
        _ = try store.ingest(events: events, quarantined: [])
        let app = Application(router: SightlineServer.buildRouter(store: store))
        let html = try await app.test(.router) { client in
            try await client.execute(uri: "/networks/net-h?reveal=1", method: .get, headers: [.authorization: "Bearer \(token)"]) { r in
                String(buffer: r.body)
            }
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sl-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("network.html")
        try html.write(to: page, atomically: true, encoding: .utf8)

        let dom = try run(["--dump-dom", page.absoluteString])
        #expect(dom.contains("<title>Covert IO: Quiet Harbor · Sightline</title>"), "no script changed the title")
        #expect(!dom.contains("<script"))
        #expect(!dom.contains("<img src=\"x\""))
        // Text nodes serialise `<` as `&lt;`, so these only match real elements.
        #expect(!dom.contains("<svg onload"))
        #expect(!dom.contains("<a href=\"javascript:"))
        #expect(dom.contains("&lt;script&gt;"), "the hostile text is shown as text")
        #expect(dom.contains("Sample prompts"))

        let shot = dir.appendingPathComponent("network.png")
        _ = try run(["--screenshot=\(shot.path)", "--window-size=1200,900", page.absoluteString])
        let size = (try FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "the page rendered (\(size) bytes of screenshot)")
    }
}
