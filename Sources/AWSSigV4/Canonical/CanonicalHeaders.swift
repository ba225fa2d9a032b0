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

    /// Appends `name:value\n` lines to `out` and returns the `;`-joined signed header names.
    ///
    /// - Parameter excluding: a lowercase header name left out of the signature (the session token
    ///   when it is added after signing), in addition to the never-signed ones.
    static func append(
        _ headers: [SignableHeader], excluding: String?, folding: FoldedHeaderValues, to out: inout [UInt8]
    ) -> [UInt8] {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(256)
        var entries: [Entry] = []
        entries.reserveCapacity(headers.count)
        for (order, header) in headers.enumerated() {
            let nameStart = scratch.count
            for byte in header.name.utf8 { scratch.append(HeaderName.lower(byte)) }
            let nameEnd = scratch.count
            let skip = scratch.withUnsafeBufferPointer { bytes -> Bool in
                let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd])
                if HeaderName.isNeverSigned(name) { return true }
                if let excluding, name.elementsEqual(excluding.utf8) { return true }
                return false
            }
            if skip {
                scratch.removeSubrange(nameStart...)
                continue
            }
            appendTrimmed(header.value, folding: folding, to: &scratch)
            entries.append(Entry(name: nameStart..<nameEnd, value: nameEnd..<scratch.count, order: order))
        }

        var signed: [UInt8] = []
        signed.reserveCapacity(entries.count * 16)
        scratch.withUnsafeBufferPointer { bytes in
            sort(&entries, bytes)
            var index = 0
            while index < entries.count {
                let name = entries[index].name
                if !signed.isEmpty { signed.append(UInt8(ascii: ";")) }
                signed.append(contentsOf: bytes[name])
                out.append(contentsOf: bytes[name])
                out.append(UInt8(ascii: ":"))
                out.append(contentsOf: bytes[entries[index].value])
                index += 1
                while index < entries.count, ByteOrder.compare(bytes, entries[index].name, name) == 0 {
                    out.append(UInt8(ascii: ","))
                    out.append(contentsOf: bytes[entries[index].value])
                    index += 1
                }
                out.append(UInt8(ascii: "\n"))
            }
        }
        return signed
    }

    /// Stable by request order among equal names: insertion sort for the handful of headers a request
    /// has, the standard sort with the order as tie-breaker otherwise.
    private static func sort(_ entries: inout [Entry], _ bytes: UnsafeBufferPointer<UInt8>) {
        if entries.count <= 16 {
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
        } else {
            entries.sort { lhs, rhs in
                let byName = ByteOrder.compare(bytes, lhs.name, rhs.name)
                return byName != 0 ? byName < 0 : lhs.order < rhs.order
            }
        }
    }

    /// Trims the value and collapses each internal run of whitespace (space, tab, CR, LF) to a single
    /// space — or, with `.commaSeparated`, a run that contains a line break to a comma.
    private static func appendTrimmed(_ value: String, folding: FoldedHeaderValues, to out: inout [UInt8]) {
        var pending: UInt8 = 0
        var started = false
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                if started, pending == 0 { pending = UInt8(ascii: " ") }
            case UInt8(ascii: "\n"):
                if started { pending = folding == .commaSeparated ? UInt8(ascii: ",") : UInt8(ascii: " ") }
            default:
                if pending != 0 {
                    out.append(pending)
                    pending = 0
                }
                started = true
                out.append(byte)
            }
        }
    }
}
