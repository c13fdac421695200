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
            let isInternal = request.uri.queryParameters.get("internal") == "1"
            if isInternal { try context.require(.analyst, for: "the internal report") }
            let publisher = self.publisher
            let text = try await db { try ReportWriter.render(store: $0, format: format, since: nil, until: nil, isInternal: isInternal, publisher: publisher) }
            return Reply.text(text, format.contentType)
        }
    }
}
