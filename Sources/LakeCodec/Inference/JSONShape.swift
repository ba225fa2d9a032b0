/// What the JSON records seen so far say about one value's type, before it is fixed as a `GlueType`.
/// A separate model because JSON leaves types open where Glue cannot: a `null` or an empty object says
/// nothing yet, and a later record may fill it in (`{"a":null}` then `{"a":{"b":1}}` is
/// `struct<b:bigint>`, not string). `glueType` closes it: unknown → string, an object that never had a
/// member → string (Glue has no empty `struct<>`).
package indirect enum JSONShape: Sendable, Equatable {
    case unknown
    case known(GlueType)
    case object([Member])
    case array(JSONShape)

    package struct Member: Sendable, Equatable {
        package var name: String
        package var shape: JSONShape
    }

    package func merged(with other: JSONShape) -> JSONShape {
        switch (self, other) {
        case (.unknown, _): return other
        case (_, .unknown): return self
        case let (.known(a), .known(b)): return .known(a.merged(with: b))
        case let (.array(a), .array(b)): return .array(a.merged(with: b))
        case let (.object(a), .object(b)): return .object(Self.union(a, b))
        default: return .known(.string)
        }
    }

    /// Members of `a` in order (merged with `b`'s of the same name), then `b`'s new members.
    static func union(_ a: [Member], _ b: [Member]) -> [Member] {
        var out = a
        var index: [String: Int] = [:]
        for (i, m) in a.enumerated() where index[m.name] == nil { index[m.name] = i }
        for m in b {
            if let i = index[m.name] {
                out[i].shape = out[i].shape.merged(with: m.shape)
            } else {
                index[m.name] = out.count
                out.append(m)
            }
        }
        return out
    }

    package var glueType: GlueType {
        switch self {
        case .unknown: return .string
        case .known(let type): return type
        case .array(let element): return .array(element.glueType)
        case .object(let members):
            guard !members.isEmpty else { return .string }
            return .structure(members.map { GlueField(name: $0.name, type: $0.shape.glueType) })
        }
    }
}
