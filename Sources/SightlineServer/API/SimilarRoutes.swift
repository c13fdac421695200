import Hummingbird
import SightlineCore
import SightlinePipeline

/// Find more like this: `POST /v1/similar {"text"}` or `{"event"}` (an event id), with `limit`.
/// Results carry accounts and prompt text, so it needs the analyst role and every search is
/// audited. Without the encoder model the route answers 503 and says what to run.
struct SimilarRoutes {
    let db: StoreAccess
    let encoder: (any PromptEncoder)?
    let now: SightlineServer.Clock

    struct Query: Decodable {
        var text: String?
        var event: String?
        var limit: Int?
    }

    struct Answer: Encodable {
        var searched: Int
        var results: [SimilarSearch.Hit]
    }

    func register(_ routes: Routes) {
        routes.post("/v1/similar", .analyst) { request, context in
            guard let encoder else {
                throw APIError(.serviceUnavailable, "the encoder model is not fetched on the server: run `sightline model fetch` and restart `sightline serve`")
            }
            var request = request
            let query = try await request.decodeJSON(
                Query.self, limit: 1 << 20, usage: "expected {\"text\": ...} or {\"event\": ...}, with an optional \"limit\" from 1 to 100")
            guard (query.text == nil) != (query.event == nil) else { throw APIError(.badRequest, "give either text or event") }
            let limit = query.limit ?? 10
            guard (1...100).contains(limit) else { throw APIError(.badRequest, "limit must be from 1 to 100") }
            let actor = context.actor
            let now = self.now
            let answer = try await db { s -> Answer? in
                var text = query.text ?? ""
                if let id = query.event {
                    guard let e = try s.event(id: id) else { return nil }
                    text = e.prompt
                }
                try s.addAudit(
                    actor: actor, action: "similar.search", subject: query.event ?? "text",
                    detail: "nearest \(limit) prompts", time: now())
                let search = try SimilarSearch(store: s)
                let vector = encoder.vectors([text])[0]
                return Answer(searched: search.count, results: try search.nearest(vector, limit: limit, excluding: query.event))
            }
            guard let answer else { throw APIError(.notFound, "no such event") }
            return try Reply.json(answer)
        }
    }
}
