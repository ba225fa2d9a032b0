/// Thrift compact-protocol wire types (the low nibble of a field header). See the Thrift compact protocol
/// spec (thrift/doc/specs/thrift-compact-protocol.md): field headers carry a delta id and this type.
enum ThriftType: UInt8, Sendable {
    case stop = 0, boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7
    case binary = 8, list = 9, set = 10, map = 11, structure = 12
}

/// One field header: its id and wire type. Booleans carry their value in the type (compact protocol).
struct ThriftField {
    let id: Int16
    let type: ThriftType
    /// File offset of the header, for error messages.
    let offset: Int
}

/// A small generic reader for the Thrift compact protocol, used by the hand-written decoders of the
/// parquet.thrift structs. Untrusted input is bounded three ways: nesting depth, list/map sizes checked
/// against the bytes left (every element takes at least one byte), and string sizes checked the same way.
struct ThriftCompactReader {
    var cursor: ByteCursor
    private(set) var depth = 0
    let maxDepth: Int
    /// Names the structure being decoded ("FileMetaData"), for error messages.
    let context: String

    init(_ cursor: ByteCursor, context: String, maxDepth: Int = 64) {
        self.cursor = cursor
        self.context = context
        self.maxDepth = maxDepth
    }

    /// Reads one struct: calls `body` for every field until STOP. `body` must consume the field (read it
    /// or call `skip`). Unknown field ids should be skipped, so newer writers stay readable. A known id whose
    /// wire type is not the one parquet.thrift declares is skipped too, as every generated Thrift reader does:
    /// old writers reused field ids, and their files must stay readable.
    mutating func readStruct(_ body: (inout ThriftCompactReader, ThriftField) throws -> Void) throws {
        depth += 1
        defer { depth -= 1 }
        guard depth <= maxDepth else {
            throw CodecError.limitExceeded(what: "\(context) Thrift nesting depth", value: depth, limit: maxDepth)
        }
        var lastID: Int16 = 0
        while true {
            let offset = cursor.fileOffset
            let header = try cursor.readByte("\(context) field header")
            if header == 0 { return }
            guard let type = ThriftType(rawValue: header & 0x0F), type != .stop else {
                throw CodecError.corrupt(
                    what: "\(context) field header", offset: offset,
                    reason: "unknown Thrift compact type \(header & 0x0F)")
            }
            let delta = Int16(header >> 4)
            let id: Int16
            if delta == 0 {
                let raw = try cursor.readZigZagInt64("\(context) field id")
                guard let narrow = Int16(exactly: raw) else {
                    throw CodecError.corrupt(
                        what: "\(context) field id", offset: offset, reason: "id \(raw) out of range")
                }
                id = narrow
            } else {
                id = lastID &+ delta
            }
            lastID = id
            do {
                try body(&self, ThriftField(id: id, type: type, offset: offset))
            } catch let mismatch as ThriftFieldTypeMismatch where mismatch.fieldOffset == offset {
                // Nothing of the field's value was consumed yet: skip it by its own wire type.
                try skipValue(type)
            }
        }
    }

    // MARK: Scalars

    private func expect(_ field: ThriftField, _ types: ThriftType..., name: String) throws {
        guard types.contains(field.type) else {
            throw ThriftFieldTypeMismatch(fieldOffset: field.offset)
        }
    }

    mutating func readBool(_ field: ThriftField, _ name: String) throws -> Bool {
        try expect(field, .boolTrue, .boolFalse, name: name)
        return field.type == .boolTrue
    }

    mutating func readI32(_ field: ThriftField, _ name: String) throws -> Int32 {
        try expect(field, .i32, .i16, .byte, name: name)
        return try readI32Value(field.type, name)
    }

    mutating func readI64(_ field: ThriftField, _ name: String) throws -> Int64 {
        try expect(field, .i64, .i32, .i16, .byte, name: name)
        if field.type == .byte { return Int64(Int8(bitPattern: try cursor.readByte("\(context).\(name)"))) }
        return try cursor.readZigZagInt64("\(context).\(name)")
    }

    mutating func readBinary(_ field: ThriftField, _ name: String) throws -> [UInt8] {
        try expect(field, .binary, name: name)
        return try readBinaryValue(name)
    }

    mutating func readString(_ field: ThriftField, _ name: String) throws -> String {
        String(decoding: try readBinary(field, name), as: UTF8.self)
    }

    /// A nested struct field.
    mutating func readStruct<T>(_ field: ThriftField, _ name: String, _ decode: (inout ThriftCompactReader) throws -> T)
        throws -> T
    {
        try expect(field, .structure, name: name)
        return try decode(&self)
    }

    private mutating func readI32Value(_ type: ThriftType, _ name: String) throws -> Int32 {
        if type == .byte { return Int32(Int8(bitPattern: try cursor.readByte("\(context).\(name)"))) }
        let offset = cursor.fileOffset
        let v = try cursor.readZigZagInt64("\(context).\(name)")
        guard let n = Int32(exactly: v) else {
            throw CodecError.corrupt(
                what: "\(context).\(name)", offset: offset, reason: "value \(v) does not fit in i32")
        }
        return n
    }

    private mutating func readBinaryValue(_ name: String) throws -> [UInt8] {
        let offset = cursor.fileOffset
        let length = try cursor.readVarUInt64("\(context).\(name) length")
        guard length <= UInt64(cursor.remaining) else {
            throw CodecError.truncated(
                what: "\(context).\(name)", offset: offset, needed: Int(clamping: length), available: cursor.remaining)
        }
        let r = try cursor.take(Int(length), "\(context).\(name)")
        return Array(cursor.bytes[r])
    }

    // MARK: Containers

    /// Reads a list header and returns (element type, count), the count checked against the bytes left.
    private mutating func readListHeader(_ name: String) throws -> (ThriftType, Int) {
        let offset = cursor.fileOffset
        let header = try cursor.readByte("\(context).\(name) list header")
        var count = Int(header >> 4)
        if count == 15 {
            let raw = try cursor.readVarUInt64("\(context).\(name) list size")
            guard raw <= UInt64(Int32.max) else {
                throw CodecError.limitExceeded(
                    what: "\(context).\(name) list size", value: Int(clamping: raw), limit: Int(Int32.max))
            }
            count = Int(raw)
        }
        guard let type = ThriftType(rawValue: header & 0x0F), type != .stop else {
            throw CodecError.corrupt(
                what: "\(context).\(name)", offset: offset, reason: "unknown list element type \(header & 0x0F)")
        }
        // Every element takes at least one byte on the wire.
        guard count <= cursor.remaining else {
            throw CodecError.corrupt(
                what: "\(context).\(name)", offset: offset,
                reason: "list declares \(count) elements but only \(cursor.remaining) bytes are left")
        }
        return (type, count)
    }

    /// A list field; `element` decodes one element given its wire type.
    mutating func readList<T>(
        _ field: ThriftField, _ name: String, _ element: (inout ThriftCompactReader, ThriftType) throws -> T
    ) throws -> [T] {
        try expect(field, .list, .set, name: name)
        let (type, count) = try readListHeader(name)
        depth += 1
        defer { depth -= 1 }
        guard depth <= maxDepth else {
            throw CodecError.limitExceeded(what: "\(context) Thrift nesting depth", value: depth, limit: maxDepth)
        }
        var out: [T] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try element(&self, type)) }
        return out
    }

    /// List element helpers.
    mutating func element32(_ type: ThriftType, _ name: String) throws -> Int32 {
        guard type == .i32 || type == .i16 || type == .byte else {
            throw CodecError.corrupt(
                what: "\(context).\(name)", offset: cursor.fileOffset,
                reason: "expected i32 list elements, found \(type)")
        }
        return try readI32Value(type, name)
    }

    mutating func element64(_ type: ThriftType, _ name: String) throws -> Int64 {
        guard type == .i64 || type == .i32 || type == .i16 || type == .byte else {
            throw CodecError.corrupt(
                what: "\(context).\(name)", offset: cursor.fileOffset,
                reason: "expected i64 list elements, found \(type)")
        }
        if type == .byte { return Int64(Int8(bitPattern: try cursor.readByte("\(context).\(name)"))) }
        return try cursor.readZigZagInt64("\(context).\(name)")
    }

    /// A bool list element: one byte, 1 for true (the compact protocol's BOOLEAN_TRUE), anything else false.
    mutating func elementBool(_ type: ThriftType, _ name: String) throws -> Bool {
        guard type == .boolTrue || type == .boolFalse else {
            throw CodecError.corrupt(
                what: "\(context).\(name)", offset: cursor.fileOffset,
                reason: "expected bool list elements, found \(type)")
        }
        return try cursor.readByte("\(context).\(name)") == 1
    }

    mutating func elementBinary(_ type: ThriftType, _ name: String) throws -> [UInt8] {
        guard type == .binary else {
            throw CodecError.corrupt(
                what: "\(context).\(name)", offset: cursor.fileOffset,
                reason: "expected binary list elements, found \(type)")
        }
        return try readBinaryValue(name)
    }

    mutating func elementString(_ type: ThriftType, _ name: String) throws -> String {
        guard type == .binary else {
            throw CodecError.corrupt(
                what: "\(context).\(name)", offset: cursor.fileOffset,
                reason: "expected string list elements, found \(type)")
        }
        return String(decoding: try readBinaryValue(name), as: UTF8.self)
    }

    mutating func elementStruct<T>(
        _ type: ThriftType, _ name: String, _ decode: (inout ThriftCompactReader) throws -> T
    ) throws -> T {
        guard type == .structure else {
            throw CodecError.corrupt(
                what: "\(context).\(name)", offset: cursor.fileOffset,
                reason: "expected struct list elements, found \(type)")
        }
        return try decode(&self)
    }

    // MARK: Skipping

    /// Skips a field of any type (used for unknown ids and fields LakeCodec does not need).
    mutating func skip(_ field: ThriftField) throws { try skipValue(field.type) }

    mutating func skipValue(_ type: ThriftType) throws {
        switch type {
        case .stop: return
        case .boolTrue, .boolFalse: return  // value lives in the field header
        case .byte: try cursor.skip(1, "\(context) skipped byte")
        case .i16, .i32, .i64: _ = try cursor.readVarUInt64("\(context) skipped integer")
        case .double: try cursor.skip(8, "\(context) skipped double")
        case .binary: _ = try readBinaryValue("skipped binary")
        case .structure: try readStruct { r, f in try r.skip(f) }
        case .list, .set:
            let (elem, count) = try readListHeader("skipped list")
            depth += 1
            defer { depth -= 1 }
            guard depth <= maxDepth else {
                throw CodecError.limitExceeded(what: "\(context) Thrift nesting depth", value: depth, limit: maxDepth)
            }
            for _ in 0..<count {
                if elem == .boolTrue || elem == .boolFalse {
                    try cursor.skip(1, "\(context) skipped bool")
                } else {
                    try skipValue(elem)
                }
            }
        case .map:
            let offset = cursor.fileOffset
            let raw = try cursor.readVarUInt64("\(context) map size")
            guard raw <= UInt64(cursor.remaining) else {
                throw CodecError.corrupt(
                    what: "\(context) map", offset: offset,
                    reason: "map declares \(raw) entries but only \(cursor.remaining) bytes are left")
            }
            if raw == 0 { return }
            let kinds = try cursor.readByte("\(context) map types")
            guard let k = ThriftType(rawValue: kinds >> 4), let v = ThriftType(rawValue: kinds & 0x0F) else {
                throw CodecError.corrupt(what: "\(context) map", offset: offset, reason: "unknown map key/value types")
            }
            depth += 1
            defer { depth -= 1 }
            guard depth <= maxDepth else {
                throw CodecError.limitExceeded(what: "\(context) Thrift nesting depth", value: depth, limit: maxDepth)
            }
            for _ in 0..<Int(raw) {
                for t in [k, v] {
                    if t == .boolTrue || t == .boolFalse {
                        try cursor.skip(1, "\(context) skipped bool")
                    } else {
                        try skipValue(t)
                    }
                }
            }
        }
    }
}
