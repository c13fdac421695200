import Hummingbird
import SightlineCore
import SightlinePipeline

/// The threat report and the STIX bundle; internal ones for analysts.
struct ReportRoutes {
    let db: StoreAccess
    let publisher: String?

    func register(_ routes: Routes) {
        routes.get("/v1/reports/{format}", .viewer) { request, context in
            guard let format = ReportWriter.Format(rawValue: context.parameters.get("format") ?? "") else {
                throw APIError(.notFound, "formats: markdown, html, stix")
            }
            return try await Self.render(request, context, format: format, db: db, publisher: publisher)
        }
    }

    /// The report for the request's query: `since` and `until` are days (YYYY-MM-DD, `until`
    /// included), `internal=1` is the internal edition and needs the analyst role. The API and the
    /// console's `/report/document` both answer through here.
    static func render(_ request: Request, _ context: SightlineContext, format: ReportWriter.Format, db: StoreAccess, publisher: String?) async throws -> Response {
        let q = request.uri.queryParameters
        func day(_ name: String) throws -> Int64? {
            guard let text = q.get(name), !text.isEmpty else { return nil }
            guard text.count == 10, let t = Timestamp.parse(String(text) + "T00:00:00Z") else { throw APIError(.badRequest, "\(name) is a day, YYYY-MM-DD") }
            return t
        }
        let (since, until) = (try day("since"), try day("until").map { $0 + 86_400_000 })
        let isInternal = q.get("internal") == "1"
        if isInternal { try context.require(.analyst, for: "the internal report") }
        let text = try await db { try ReportWriter.render(store: $0, format: format, since: since, until: until, isInternal: isInternal, publisher: publisher) }
        return Reply.text(text, format.contentType)
    }
}
