/// One column's values for a batch of rows, in the storage class the filter compares in: a typed array
/// with a placeholder where `valid` is false (SQL NULL).
package struct FilterColumn: Sendable, Equatable {
    package enum Values: Sendable, Equatable {
        case integer([Int64])
        case double([Double])
        case decimal([DecimalKey])
        case string([String])
        case boolean([Bool])
    }

    package var values: Values
    package var valid: [Bool]

    package init(values: Values, valid: [Bool]) {
        self.values = values
        self.valid = valid
    }
}
