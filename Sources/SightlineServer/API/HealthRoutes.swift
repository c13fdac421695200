import Hummingbird
import SightlineCore

/// Health checks, Prometheus metrics and the OpenAPI document.
struct HealthRoutes {
    let db: StoreAccess

    func register(_ routes: Routes) {
        routes.get("/healthz", nil) { _, _ in Reply.text("ok\n", "text/plain") }
        routes.get("/readyz", nil) { _, _ in
            _ = try await db { try $0.eventCount() }
            return Reply.text("ready\n", "text/plain")
        }
        routes.get("/metrics", .viewer) { _, _ in
            let (events, networks, quarantined) = try await db { s in (try s.eventCount(), try s.networkCount(), try s.quarantineCount()) }
            var text = "# HELP sightline_events Events in the store.\n# TYPE sightline_events gauge\nsightline_events \(events)\n"
            text += "# HELP sightline_networks Networks of the latest analysis.\n# TYPE sightline_networks gauge\nsightline_networks \(networks)\n"
            text += "# HELP sightline_quarantined Input lines set aside.\n# TYPE sightline_quarantined gauge\nsightline_quarantined \(quarantined)\n"
            return Reply.text(text, "text/plain; version=0.0.4")
        }
        routes.get("/openapi.yaml", .viewer) { _, _ in Reply.text(OpenAPI.document, "application/yaml") }
    }
}
