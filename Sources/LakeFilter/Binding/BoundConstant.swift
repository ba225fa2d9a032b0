/// A filter constant converted to its column's storage class, once, at bind time.
package enum BoundConstant: Sendable, Equatable {
    case integer(Int64)
    case double(Double)
    case decimal(DecimalKey)
    case string(String)
    case boolean(Bool)
}
