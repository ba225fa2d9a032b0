@testable import LakeCodec

/// A tiny Thrift compact-protocol writer for building test inputs by hand (field headers with short
/// deltas, zigzag varints, binaries, list headers).
struct ThriftTestWriter {
    var bytes: [UInt8] = []
    private var lastID: [Int16] = [0]

    mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func zigzag(_ v: Int64) { varint(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }

    mutating func field(_ id: Int16, _ type: ThriftType) {
        let delta = id - lastID[lastID.count - 1]
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            zigzag(Int64(id))
        }
        lastID[lastID.count - 1] = id
    }

    mutating func i32(_ id: Int16, _ v: Int32) { field(id, .i32); zigzag(Int64(v)) }
    mutating func i64(_ id: Int16, _ v: Int64) { field(id, .i64); zigzag(v) }
    mutating func bool(_ id: Int16, _ v: Bool) { field(id, v ? .boolTrue : .boolFalse) }
    mutating func binary(_ id: Int16, _ v: [UInt8]) { field(id, .binary); varint(UInt64(v.count)); bytes += v }
    mutating func string(_ id: Int16, _ s: String) { binary(id, Array(s.utf8)) }

    mutating func beginStruct(_ id: Int16) { field(id, .structure); lastID.append(0) }
    mutating func endStruct() { bytes.append(0); lastID.removeLast() }
    /// A struct element inside a list (no field header).
    mutating func beginElement() { lastID.append(0) }

    mutating func listHeader(_ id: Int16, _ type: ThriftType, count: Int) {
        field(id, .list)
        if count < 15 {
            bytes.append(UInt8(count) << 4 | type.rawValue)
        } else {
            bytes.append(0xF0 | type.rawValue)
            varint(UInt64(count))
        }
    }

    mutating func stop() { bytes.append(0) }
}
