/// In-place access to the storage of one case. The payload is moved out (the enum briefly holds an empty
/// array) so the array is uniquely referenced while a decoder appends to it; matching on a tuple such as
/// `(encoding, values)` would keep a second reference alive and make every page copy the whole column.
extension ColumnValues {
    private static func mismatch(_ expected: String) -> CodecError {
        .corrupt(what: "column values", offset: 0, reason: "decoder for \(expected) applied to another physical type")
    }

    mutating func withBooleans(_ body: (inout [Bool]) throws -> Void) throws {
        guard case .boolean(var a) = self else { throw Self.mismatch("BOOLEAN") }
        self = .int32([])
        defer { self = .boolean(a) }
        try body(&a)
    }

    mutating func withInt32s(_ body: (inout [Int32]) throws -> Void) throws {
        guard case .int32(var a) = self else { throw Self.mismatch("INT32") }
        self = .boolean([])
        defer { self = .int32(a) }
        try body(&a)
    }

    mutating func withInt64s(_ body: (inout [Int64]) throws -> Void) throws {
        guard case .int64(var a) = self else { throw Self.mismatch("INT64") }
        self = .boolean([])
        defer { self = .int64(a) }
        try body(&a)
    }

    mutating func withInt96s(_ body: (inout [Int96]) throws -> Void) throws {
        guard case .int96(var a) = self else { throw Self.mismatch("INT96") }
        self = .boolean([])
        defer { self = .int96(a) }
        try body(&a)
    }

    mutating func withFloats(_ body: (inout [Float]) throws -> Void) throws {
        guard case .float(var a) = self else { throw Self.mismatch("FLOAT") }
        self = .boolean([])
        defer { self = .float(a) }
        try body(&a)
    }

    mutating func withDoubles(_ body: (inout [Double]) throws -> Void) throws {
        guard case .double(var a) = self else { throw Self.mismatch("DOUBLE") }
        self = .boolean([])
        defer { self = .double(a) }
        try body(&a)
    }

    mutating func withBytes(_ body: (inout BinaryArray) throws -> Void) throws {
        guard case .bytes(var a) = self else { throw Self.mismatch("BYTE_ARRAY") }
        self = .boolean([])
        defer { self = .bytes(a) }
        try body(&a)
    }
}
