/// The hash side of an equi-join: the right table's rows by their key values. Each key maps to its first
/// row, and `next` links every row to the following one with the same key (-1 at the end), so a key's
/// rows form a chain in table order with no array per key to allocate, retain and release on each probe.
/// One integer key (the usual join on an id) is hashed as `Int64`, one other key as its value, several
/// as an array. Rows with a NULL key are left out: NULL never equals. A class, so probing once per left
/// row reads the dictionaries in place instead of copying (retaining) each.
final class SQLJoinIndex {
    private enum Shape {
        case integer, value, values
    }

    private let keys: [SQLCompiled]
    /// The row slot of a single left key that is a plain column (read without copying the compiled key).
    let keySlot: Int?
    private let shape: Shape
    // The first row of each key, in the dictionary `shape` names (the others stay empty). Stored
    // separately rather than as enum payloads, so a probe does not copy (retain) a dictionary.
    private let integers: [Int64: Int]
    /// For integer keys that are dense (ids within a range not much wider than the table, the usual
    /// dimension key): the first row of key `denseBase + i` at `dense[i]` (-1 for none), looked up with
    /// no hashing; `integers` is then left empty.
    private let dense: [Int]
    private let denseBase: Int64
    private let values: [SQLValue: Int]
    private let arrays: [[SQLValue]: Int]
    /// For each right row, the next row with the same key, or -1.
    let next: [Int]

    /// Indexes `rows` on `rightKeys` (all of one common type per key), skipping rows `filters` do not
    /// make TRUE; `leftKeys` are what probes evaluate on the other side.
    init(rows: [[SQLValue]], rightKeys: [SQLCompiled], leftKeys: [SQLCompiled], filters: [SQLCompiled]) throws {
        keys = leftKeys
        keySlot = leftKeys.count == 1 ? leftKeys[0].slot : nil
        var next = [Int](repeating: -1, count: rows.count)
        var integers: [Int64: Int] = [:]
        var values: [SQLValue: Int] = [:]
        var arrays: [[SQLValue]: Int] = [:]
        let integerKey = rightKeys.count == 1 && rightKeys[0].type.isInteger
        // Walking backwards and prepending leaves each chain in table order.
        rowLoop: for i in rows.indices.reversed() {
            let row = rows[i]
            for f in filters where try f.evaluate(row) != .boolean(true) { continue rowLoop }
            if rightKeys.count == 1 {
                let v = try rightKeys[0].value(row)
                if integerKey, case .integer(let k) = v {
                    if let h = integers.updateValue(i, forKey: k) { next[i] = h }
                } else if !v.isNull {
                    if let h = values.updateValue(i, forKey: v) { next[i] = h }
                }
                continue
            }
            var key: [SQLValue] = []
            key.reserveCapacity(rightKeys.count)
            for k in rightKeys {
                let v = try k.value(row)
                if v.isNull { continue rowLoop }
                key.append(v)
            }
            if let h = arrays.updateValue(i, forKey: key) { next[i] = h }
        }
        self.next = next
        let range = Self.denseRange(integers, rows: rows.count)
        if let (low, width) = range {
            var dense = [Int](repeating: -1, count: width)
            for (k, row) in integers { dense[Int(k - low)] = row }
            self.dense = dense
            denseBase = low
            self.integers = [:]
        } else {
            dense = []
            denseBase = 0
            self.integers = integers
        }
        self.values = values
        self.arrays = arrays
        shape = rightKeys.count > 1 ? .values : integerKey ? .integer : .value
    }

    /// The first right row whose single key equals `key` (a left row's key value), or nil when it is
    /// NULL or no row matches. Only for one key.
    @inline(__always)
    func first(key v: SQLValue) -> Int? {
        switch shape {
        case .integer:
            guard case .integer(let k) = v else { return nil }
            return integer(k)
        case .value: return v.isNull ? nil : values[v]
        case .values: return nil
        }
    }

    /// The first right row whose keys equal `row`'s (a left row), or nil when a key is NULL or no row
    /// matches; the others follow through `next`.
    @inline(__always)
    func first(_ row: [SQLValue]) throws -> Int? {
        switch shape {
        case .integer:
            guard case .integer(let k) = try keySlot.map({ row[$0] }) ?? keys[0].evaluate(row) else { return nil }
            return integer(k)
        case .value:
            let v = try keySlot.map { row[$0] } ?? keys[0].evaluate(row)
            return v.isNull ? nil : values[v]
        case .values:
            var key: [SQLValue] = []
            key.reserveCapacity(keys.count)
            for k in keys {
                let v = try k.value(row)
                if v.isNull { return nil }
                key.append(v)
            }
            return arrays[key]
        }
    }

    /// For an index on dense integer keys: how many slots (`denseSlot(_:)` numbers them), else 0.
    var denseWidth: Int { dense.count }

    /// Key `k`'s slot in the dense key range (whether or not a row has that key), nil outside it.
    @inline(__always)
    func denseSlot(_ k: Int64) -> Int? {
        let (offset, overflow) = k.subtractingReportingOverflow(denseBase)
        guard !overflow, offset >= 0, offset < Int64(dense.count) else { return nil }
        return Int(offset)
    }

    /// The first row of the key in dense slot `slot`, or -1.
    @inline(__always)
    func denseFirst(_ slot: Int) -> Int { dense[slot] }

    /// Whether the index is on one integer key, probed with `integer(_:)`.
    var isIntegerKeyed: Bool { shape == .integer }

    /// The first row of integer key `k` (an index on one integer key).
    @inline(__always)
    func integer(_ k: Int64) -> Int? {
        guard !dense.isEmpty else { return integers[k] }
        guard let slot = denseSlot(k) else { return nil }
        let row = dense[slot]
        return row < 0 ? nil : row
    }

    /// The lowest key and the width of the key range when an array over it costs at most a few slots per
    /// indexed row (and some slack for small tables); nil when the keys are too spread out.
    private static func denseRange(_ keys: [Int64: Int], rows: Int) -> (low: Int64, width: Int)? {
        guard let low = keys.keys.min(), let high = keys.keys.max() else { return nil }
        let (span, overflow) = high.subtractingReportingOverflow(low)
        guard !overflow, span < Int64(max(4 * rows, 1 << 16)) else { return nil }
        return (low, Int(span) + 1)
    }
}
