import Hummingbird
import SightlineCore
import SightlinePipeline

/// An error a handler answers with: an HTTP status and a message for the client. The message is
/// ours, never the request's payload or a stack trace.
struct APIError: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    struct Body: Encodable { var error: String }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try Reply.json(Body(error: message), status)
    }

    /// What a casework failure means over HTTP.
    init(_ failure: Casework.Failure) {
        switch failure.code {
        case .notFound: self.init(.notFound, failure.description)
        case .invalid: self.init(.badRequest, failure.description)
        case .conflict: self.init(.conflict, failure.description)
        }
    }
}

/// Responses with the codec's JSON, or text of a given type.
enum Reply {
    static func json<T: Encodable>(_ value: T, _ status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: try JSONCodec.encode(value) + "\n")))
    }

    static func text(_ text: String, _ type: String, _ status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

extension Request {
    /// Decodes a JSON body of at most `limit` bytes; a body that is not the expected JSON is a 400
    /// with `usage`, which says what to send.
    mutating func decodeJSON<T: Decodable>(_ type: T.Type, limit: Int, usage: String) async throws -> T {
        let body = try await collectBody(upTo: limit)
        do { return try JSONCodec.decode(T.self, from: body.readableBytesView) } catch { throw APIError(.badRequest, usage) }
    }
}
