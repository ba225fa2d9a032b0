/// A profile of one leaf column computed by decoding every value (`lakectl profile`).
package struct ColumnProfile: Sendable, Equatable {
    package var path: String
    /// The Arrow type the leaf reads as.
    package var type: String
    /// Level slots: values plus nulls (and, in nested columns, empty or null parents).
    package var count: Int = 0
    package var nulls: Int = 0
    package var min: Value?
    package var max: Value?
    /// Mean of numeric values (NaN excluded); nil for other types.
    package var mean: Double?
    /// HyperLogLog estimate of distinct non-null values.
    package var distinct: Int = 0
}
