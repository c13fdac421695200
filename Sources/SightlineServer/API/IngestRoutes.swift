import Hummingbird
import SightlineCore
import SightlinePipeline

/// Batch ingestion: JSON Lines or a JSON array in the body. The answer counts every line and
/// lists the first lines that were not stored; a body of junk keeps at most
/// `ServerConfiguration.quarantinePerRequest` lines in quarantine and counts the rest.
struct IngestRoutes {
    let db: StoreAccess
    let configuration: ServerConfiguration

    func register(_ routes: Routes) {
        routes.post("/v1/events", .analyst) { request, context in try await ingest(request, context, .events) }
        routes.post("/v1/observations", .analyst) { request, context in try await ingest(request, context, .observations) }
    }

    func ingest(_ request: Request, _ context: SightlineContext, _ kind: Ingestor.Kind) async throws -> Response {
        var request = request
        var bytes = [UInt8](buffer: try await request.collectBody(upTo: context.maxUploadSize))
        // A JSON array becomes JSON Lines, one element per line.
        if let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), first == UInt8(ascii: "[") {
            guard let lines = JSONArrayLines.split(bytes) else { throw APIError(.badRequest, "the body starts like a JSON array but is not one") }
            bytes = lines
        }
        let body = bytes
        let (keep, list) = (configuration.quarantinePerRequest, configuration.linesPerAnswer)
        let result = try await db { try Ingestor(store: $0, kind: kind).ingestWithResults(body, source: "api", keepQuarantined: keep, listLines: list) }
        return try Reply.json(result)
    }
}
