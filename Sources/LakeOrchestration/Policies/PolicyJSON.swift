import Foundation

/// A JSON value as read from a policy document, before its elements are interpreted. Numbers keep
/// their text so `"Version"`-like values and condition numbers round-trip without float formatting.
enum PolicyJSON: Sendable, Equatable, Decodable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([PolicyJSON])
    case object([String: PolicyJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .number(String(value))
        } else if let value = try? container.decode(Double.self) {
            self = .number(String(value))
        } else if let value = try? container.decode([PolicyJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: PolicyJSON].self))
        }
    }

    static func parse(_ text: String) throws(PolicyDocumentError) -> PolicyJSON {
        do {
            return try JSONDecoder().decode(PolicyJSON.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            switch error {
            case .dataCorrupted(let context):
                let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
                throw .invalidJSON(reason: underlying ?? context.debugDescription)
            default:
                throw .invalidJSON(reason: "\(error)")
            }
        } catch {
            throw .invalidJSON(reason: "\(error)")
        }
    }

    /// A scalar as text (for condition values), nil for arrays, objects and null.
    var scalarText: String? {
        switch self {
        case .string(let s), .number(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .null, .array, .object: return nil
        }
    }
}
