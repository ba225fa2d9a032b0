/// The canonical headers block and the signed-headers list
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html,
/// "CanonicalHeaders" and "SignedHeaders"): names lowercased, values trimmed with runs of whitespace
/// collapsed to one space, sorted by name, and a repeated header written once with its values
/// comma-joined in request order (suite: get-header-key-duplicate, get-header-value-order,
/// get-header-value-trim, get-header-value-multiline).
enum CanonicalHeaders {
    private struct Entry {
        var name: Range<Int>
        var value: Range<Int>
        var order: Int
    }

    /// Appends `name:value\n` lines to `out` and the `;`-joined signed header names to `signed`.
    ///
    /// - Parameter excluding: a lowercase header name left out of the signature (the session token
    ///   when it is added after signing), in addition to the never-signed ones.
    ///
    /// - Parameter inputBytes: the total UTF-8 size of the names and values, when the caller already
    ///   knows it (it bounds the scratch space; computed here otherwise).
    static func append(
        _ headers: [SignableHeader], excluding: String?, folding: FoldedHeaderValues, to out: inout ByteWriter,
        signed: inout ByteWriter, inputBytes: Int? = nil
    ) {
        // Lowercased names and trimmed values never grow, so their total input size bounds the scratch,
        // which lives on the stack for any ordinary request.
        let capacity =
            inputBytes ?? headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { scratch in
            withUnsafeTemporaryAllocation(of: Entry.self, capacity: max(headers.count, 1)) { entries in
                guard let scratch = scratch.baseAddress, let entries = entries.baseAddress else { return }
                let (used, count) = collect(
                    headers, excluding: excluding, folding: folding, scratch: scratch, entries: entries)
                write(
                    UnsafeBufferPointer(start: scratch, count: used),
                    UnsafeMutableBufferPointer(start: entries, count: count),
                    to: &out, signed: &signed)
            }
        }
    }

    /// Writes lowercased names and trimmed values into `scratch` and one entry per signed header.
    private static func collect(
        _ headers: [SignableHeader], excluding: String?, folding: FoldedHeaderValues,
        scratch: UnsafeMutablePointer<UInt8>, entries: UnsafeMutablePointer<Entry>
    ) -> (used: Int, count: Int) {
        var used = 0
        var count = 0
        headers.withUnsafeBufferPointer { headers in
            for order in headers.indices {
                let nameStart = used
                used += lowercase(headers[order].name, to: scratch + used)
                let name = UnsafeBufferPointer(start: scratch + nameStart, count: used - nameStart)
                if HeaderName.isNeverSigned(name) || (excluding.map { HeaderName.equals(name, $0) } ?? false) {
                    used = nameStart
                    continue
                }
                let valueStart = used
                used += trimmed(headers[order].value, folding: folding, to: scratch + used)
                (entries + count).initialize(
                    to: Entry(name: nameStart..<valueStart, value: valueStart..<used, order: order))
                count += 1
            }
        }
        return (used, count)
    }

    private static func write(
        _ bytes: UnsafeBufferPointer<UInt8>, _ list: UnsafeMutableBufferPointer<Entry>, to out: inout ByteWriter,
        signed: inout ByteWriter
    ) {
        let used = bytes.count
        let count = list.count
        sort(list, bytes)
        out.reserve(used + count * 3)
        signed.reserve(used)
        var index = 0
        while index < count {
            let name = list[index].name
            if index > 0 { signed.append(UInt8(ascii: ";")) }
            signed.append(UnsafeBufferPointer(rebasing: bytes[name]))
            out.append(UnsafeBufferPointer(rebasing: bytes[name]))
            out.append(UInt8(ascii: ":"))
            out.append(UnsafeBufferPointer(rebasing: bytes[list[index].value]))
            index += 1
            while index < count, ByteOrder.compare(bytes, list[index].name, name) == 0 {
                out.append(UInt8(ascii: ","))
                out.append(UnsafeBufferPointer(rebasing: bytes[list[index].value]))
                index += 1
            }
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// Stable by request order among equal names: insertion sort for the handful of headers a request
    /// has, the standard sort with the order as tie-breaker otherwise.
    private static func sort(_ list: UnsafeMutableBufferPointer<Entry>, _ bytes: UnsafeBufferPointer<UInt8>) {
        var entries = list
        guard entries.count > 16 else {
            var i = 1
            while i < entries.count {
                let current = entries[i]
                var j = i - 1
                while j >= 0, ByteOrder.compare(bytes, entries[j].name, current.name) > 0 {
                    entries[j + 1] = entries[j]
                    j -= 1
                }
                entries[j + 1] = current
                i += 1
            }
            return
        }
        entries.sort { lhs, rhs in
            let byName = ByteOrder.compare(bytes, lhs.name, rhs.name)
            return byName != 0 ? byName < 0 : lhs.order < rhs.order
        }
    }

    private static func lowercase(_ name: String, to target: UnsafeMutablePointer<UInt8>) -> Int {
        UTF8Access.with(name) { bytes in
            for index in 0..<bytes.count { target[index] = HeaderName.lower(bytes[index]) }
            return bytes.count
        }
    }

    /// Trims the value and collapses each internal run of whitespace (space, tab, CR, LF) to a single
    /// space — or, with `.commaSeparated`, a run that contains a line break to a comma.
    private static func trimmed(_ value: String, folding: FoldedHeaderValues, to target: UnsafeMutablePointer<UInt8>)
        -> Int
    {
        UTF8Access.with(value) { bytes in trimmed(bytes, folding: folding, to: target) }
    }

    private static func trimmed(
        _ bytes: UnsafeBufferPointer<UInt8>, folding: FoldedHeaderValues, to target: UnsafeMutablePointer<UInt8>
    ) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var written = 0
        var pending: UInt8 = 0
        var started = false
        var index = 0
        while index < count {
            let byte = base[index]
            if byte > 0x20 {
                if pending != 0 {
                    target[written] = pending
                    written += 1
                    pending = 0
                }
                started = true
                // Copy the whole run up to the next whitespace or control byte (all ≤ 0x20), finding
                // its end eight bytes at a time: long values such as session tokens are one run.
                var end = index + 1
                while end + 8 <= count {
                    let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
                    if (word &- 0x2121_2121_2121_2121) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                    end += 8
                }
                while end < count, base[end] > 0x20 { end += 1 }
                (target + written).update(from: base + index, count: end - index)
                written += end - index
                index = end
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                if started, pending == 0 { pending = UInt8(ascii: " ") }
            case UInt8(ascii: "\n"):
                if started { pending = folding == .commaSeparated ? UInt8(ascii: ",") : UInt8(ascii: " ") }
            default:
                // Other control bytes are not whitespace; they are kept as they are.
                if pending != 0 {
                    target[written] = pending
                    written += 1
                    pending = 0
                }
                started = true
                target[written] = byte
                written += 1
            }
            index += 1
        }
        return written
    }
}
