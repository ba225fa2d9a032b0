/// Typed, contiguous storage for the decoded values of one leaf column: only non-null values, in order.
/// One case per Parquet physical type; FIXED_LEN_BYTE_ARRAY shares `bytes` with BYTE_ARRAY.
enum ColumnValues: Sendable, Equatable {
    case boolean([Bool])
    case int32([Int32])
    case int64([Int64])
    case int96([Int96])
    case float([Float])
    case double([Double])
    case bytes(BinaryArray)

    static func empty(for type: PhysicalType) -> ColumnValues {
        switch type {
        case .boolean: .boolean([])
        case .int32: .int32([])
        case .int64: .int64([])
        case .int96: .int96([])
        case .float: .float([])
        case .double: .double([])
        case .byteArray, .fixedLenByteArray: .bytes(BinaryArray())
        }
    }

    /// Reserves room for `values` more values (and `bytes` more bytes of byte-array data), so a chunk's
    /// pages append without repeated reallocation. Callers cap both: they come from untrusted metadata.
    mutating func reserve(values n: Int, bytes: Int) {
        switch self {
        case .boolean(var a): self = .int32([]); a.reserveCapacity(n); self = .boolean(a)
        case .int32(var a): self = .boolean([]); a.reserveCapacity(n); self = .int32(a)
        case .int64(var a): self = .boolean([]); a.reserveCapacity(n); self = .int64(a)
        case .int96(var a): self = .boolean([]); a.reserveCapacity(n); self = .int96(a)
        case .float(var a): self = .boolean([]); a.reserveCapacity(n); self = .float(a)
        case .double(var a): self = .boolean([]); a.reserveCapacity(n); self = .double(a)
        case .bytes(var a): self = .boolean([]); a.reserveCapacity(values: n, bytes: bytes); self = .bytes(a)
        }
    }

    /// Empties the storage, keeping its buffers (a reader refilling one batch part after part).
    mutating func removeAllKeepingCapacity() {
        switch self {
        case .boolean(var a): self = .int32([]); a.removeAll(keepingCapacity: true); self = .boolean(a)
        case .int32(var a): self = .boolean([]); a.removeAll(keepingCapacity: true); self = .int32(a)
        case .int64(var a): self = .boolean([]); a.removeAll(keepingCapacity: true); self = .int64(a)
        case .int96(var a): self = .boolean([]); a.removeAll(keepingCapacity: true); self = .int96(a)
        case .float(var a): self = .boolean([]); a.removeAll(keepingCapacity: true); self = .float(a)
        case .double(var a): self = .boolean([]); a.removeAll(keepingCapacity: true); self = .double(a)
        case .bytes(var a): self = .boolean([]); a.removeAll(keepingCapacity: true); self = .bytes(a)
        }
    }

    var count: Int {
        switch self {
        case .boolean(let v): v.count
        case .int32(let v): v.count
        case .int64(let v): v.count
        case .int96(let v): v.count
        case .float(let v): v.count
        case .double(let v): v.count
        case .bytes(let v): v.count
        }
    }
}
