/// A JSON value lakectl does not model but must send back unchanged: PutDataLakeSettings replaces the whole
/// settings object, so the fields lakectl does not read (read-only admins, external filtering, parameters, …)
/// are carried through a read-change-put as they were read.
package indirect enum LFOpaqueJSON: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([LFOpaqueJSON])
    case object([String: LFOpaqueJSON])

    package init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let value = try? c.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? c.decode(Double.self) {
            self = .number(value)
        } else if let value = try? c.decode(String.self) {
            self = .string(value)
        } else if let value = try? c.decode([LFOpaqueJSON].self) {
            self = .array(value)
        } else {
            self = .object(try c.decode([String: LFOpaqueJSON].self))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let value): try c.encode(value)
        case .number(let value): try c.encode(value)
        case .string(let value): try c.encode(value)
        case .array(let value): try c.encode(value)
        case .object(let value): try c.encode(value)
        }
    }
}
