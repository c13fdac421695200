import Foundation
import SightlineCore

/// Prints a value in the codec's one JSON configuration.
func printJSON<T: Encodable>(_ value: T, _ layout: JSONCodec.Layout = .pretty) throws {
    print(try JSONCodec.encode(value, layout))
}

/// An `id` echoed back as given: text, a number, or absent.
enum EchoedID: Codable, Equatable {
    case text(String)
    case integer(Int64)
    case number(Double)
    case none

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) {
            self = .text(s)
        } else if let i = try? c.decode(Int64.self) {
            self = .integer(i)
        } else if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else {
            self = .none
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let s): try c.encode(s)
        case .integer(let i): try c.encode(i)
        case .number(let d): try c.encode(d)
        case .none: try c.encodeNil()
        }
    }
}

/// One line of `classify` and `embed` input: `{"id", "text"}`.
struct TextRequest: Decodable {
    var id: EchoedID?
    var text: String?
    enum CodingKeys: String, CodingKey { case id, text }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(EchoedID.self, forKey: .id)
        // A `text` that is not a string is answered per line, not as a broken line.
        text = try? c.decodeIfPresent(String.self, forKey: .text)
    }
}
