import LakeCodec

/// A column a bound filter reads: its path as the schema spells it, its Glue type and how values are
/// held while evaluating.
package struct BoundColumn: Sendable, Equatable {
    /// How a column's values are held for evaluation (one typed array per batch).
    package enum Storage: Sendable, Equatable {
        case integer
        /// FLOAT columns compare in single precision (the constant is rounded to FLOAT, as a cast would).
        case float
        case double
        case decimal
        case string
        case boolean
        /// Days since the epoch, compared as integers (`cat --where` only; Lake Formation has no dates).
        case date
        /// Microseconds since the epoch, compared as integers (`cat --where` only).
        case timestamp
    }

    package var path: [String]
    package var type: GlueType
    package var storage: Storage
    package var isPartition: Bool

    package var dottedName: String { path.joined(separator: ".") }
}
