/// A profile of one leaf column computed by decoding every value (`lakectl profile`).
package struct ColumnProfile: Sendable, Equatable {
    package var path: String
    /// The Arrow type the leaf reads as.
    package var type: String
    /// Values including nulls. In a nested column, elements as DuckDB's `unnest` yields them: a null or
    /// empty list (or map) contributes none, a null element one.
    package var count: Int = 0
    package var nulls: Int = 0
    package var min: Value?
    package var max: Value?
    /// Mean of numeric values (NaN excluded); nil for other types.
    package var mean: Double?
    /// HyperLogLog estimate of distinct non-null values (never above the non-null count).
    package var distinct: Int = 0
    /// NaN values in a floating-point column (nil for other types); they are in neither min, max nor mean.
    package var nans: Int?
}
