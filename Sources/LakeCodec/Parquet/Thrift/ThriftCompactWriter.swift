/// Encoder for the Thrift compact protocol (thrift/doc/specs/thrift-compact-protocol.md), the inverse of
/// `ThriftCompactReader`, for the writer's page headers and footer. Field ids are written as deltas from
/// the previous id of the same struct when the delta is 1...15, else as a full zigzag i16, exactly as the
/// spec's "field header" section describes; the caller writes fields in increasing id order.
struct ThriftCompactWriter {
    private(set) var bytes: [UInt8] = []
    /// The last field id of each open struct (innermost last).
    private var lastIDs: [Int16] = [0]

    init() {}

    /// Writes a field header of `type` for field `id`.
    private mutating func header(_ id: Int16, _ type: ThriftType) {
        let last = lastIDs[lastIDs.count - 1]
        let delta = Int(id) - Int(last)
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            writeZigZag(Int64(id))
        }
        lastIDs[lastIDs.count - 1] = id
    }

    mutating func writeVarUInt(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func writeZigZag(_ value: Int64) {
        writeVarUInt(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    // MARK: Fields

    mutating func bool(_ id: Int16, _ value: Bool) { header(id, value ? .boolTrue : .boolFalse) }

    /// An i8 field (compact type BYTE: the raw byte, no zigzag), as `IntType.bitWidth` is declared.
    mutating func header8(_ id: Int16, _ value: Int8) {
        header(id, .byte)
        bytes.append(UInt8(bitPattern: value))
    }

    mutating func i32(_ id: Int16, _ value: Int32) {
        header(id, .i32)
        writeZigZag(Int64(value))
    }

    mutating func i64(_ id: Int16, _ value: Int64) {
        header(id, .i64)
        writeZigZag(value)
    }

    mutating func binary(_ id: Int16, _ value: [UInt8]) {
        header(id, .binary)
        writeVarUInt(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func string(_ id: Int16, _ value: String) { binary(id, Array(value.utf8)) }

    /// A nested struct field: `body` writes its fields; the STOP byte is added here.
    mutating func structure(_ id: Int16, _ body: (inout ThriftCompactWriter) -> Void) {
        header(id, .structure)
        structBody(body)
    }

    /// The fields of a struct and its STOP byte (a list element, or the top-level struct).
    mutating func structBody(_ body: (inout ThriftCompactWriter) -> Void) {
        lastIDs.append(0)
        body(&self)
        bytes.append(0)
        lastIDs.removeLast()
    }

    /// A list field header: sizes below 15 share the byte with the element type.
    mutating func listHeader(_ id: Int16, _ elementType: ThriftType, count: Int) {
        header(id, .list)
        if count < 15 {
            bytes.append(UInt8(count) << 4 | elementType.rawValue)
        } else {
            bytes.append(0xF0 | elementType.rawValue)
            writeVarUInt(UInt64(count))
        }
    }

    mutating func structList<T>(_ id: Int16, _ items: [T], _ body: (inout ThriftCompactWriter, T) -> Void) {
        listHeader(id, .structure, count: items.count)
        for item in items { structBody { body(&$0, item) } }
    }

    mutating func i32List(_ id: Int16, _ items: [Int32]) {
        listHeader(id, .i32, count: items.count)
        for v in items { writeZigZag(Int64(v)) }
    }

    mutating func stringList(_ id: Int16, _ items: [String]) {
        listHeader(id, .binary, count: items.count)
        for s in items {
            writeVarUInt(UInt64(s.utf8.count))
            bytes.append(contentsOf: s.utf8)
        }
    }

    /// Ends the top-level struct.
    mutating func stop() { bytes.append(0) }
}
