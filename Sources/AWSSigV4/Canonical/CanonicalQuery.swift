/// The third line of the canonical request: every query parameter encoded, sorted by encoded name and
/// then by encoded value, and joined with `&`; a parameter without `=` becomes `name=`
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html,
/// "CanonicalQueryString"; suite cases get-vanilla-query-order-*, get-vanilla-empty-query-key,
/// get-vanilla-query-unreserved, get-vanilla-utf8-query).
enum CanonicalQuery {
    /// Appends the canonical form of the raw `query` (as sent, without `?`).
    static func append(query: String, to out: inout ByteWriter) {
        guard !query.isEmpty else { return }
        var query = query
        query.withUTF8 { append(raw: $0, to: &out) }
    }

    private struct Parameter {
        var name: Range<Int>
        var value: Range<Int>
    }

    static func append(raw: UnsafeBufferPointer<UInt8>, to out: inout ByteWriter) {
        // Re-encode every name and value into one scratch buffer (at most three bytes per input byte)
        // and sort ranges into it; both live on the stack for any ordinary query.
        var parameterCount = 1
        for byte in raw where byte == UInt8(ascii: "&") { parameterCount += 1 }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count * 3) { scratch in
            withUnsafeTemporaryAllocation(of: Parameter.self, capacity: parameterCount) { parameters in
                guard let scratch = scratch.baseAddress, let parameters = parameters.baseAddress else { return }
                let (used, found) = collect(raw, scratch: scratch, parameters: parameters)
                write(
                    UnsafeBufferPointer(start: scratch, count: used),
                    UnsafeMutableBufferPointer(start: parameters, count: found), to: &out)
            }
        }
    }

    /// Re-encodes each name and value into `scratch`, one `Parameter` per non-empty component.
    private static func collect(
        _ raw: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>,
        parameters: UnsafeMutablePointer<Parameter>
    ) -> (used: Int, found: Int) {
        var used = 0
        var found = 0
        var start = 0
        var index = 0
        while index <= raw.count {
            if index == raw.count || raw[index] == UInt8(ascii: "&") {
                if index > start {
                    var equals = start
                    while equals < index && raw[equals] != UInt8(ascii: "=") { equals += 1 }
                    let nameStart = used
                    used += PercentEncoding.write(
                        UnsafeBufferPointer(rebasing: raw[start..<equals]), keepSlash: false, decodingEscapes: true,
                        to: scratch + used)
                    let nameEnd = used
                    if equals < index {
                        used += PercentEncoding.write(
                            UnsafeBufferPointer(rebasing: raw[(equals + 1)..<index]), keepSlash: false,
                            decodingEscapes: true, to: scratch + used)
                    }
                    (parameters + found).initialize(to: Parameter(name: nameStart..<nameEnd, value: nameEnd..<used))
                    found += 1
                }
                start = index + 1
            }
            index += 1
        }

        return (used, found)
    }

    private static func write(
        _ bytes: UnsafeBufferPointer<UInt8>, _ list: UnsafeMutableBufferPointer<Parameter>, to out: inout ByteWriter
    ) {
        var list = list
        let used = bytes.count
        let found = list.count
        list.sort { lhs, rhs in
            let byName = ByteOrder.compare(bytes, lhs.name, rhs.name)
            return byName != 0 ? byName < 0 : ByteOrder.compare(bytes, lhs.value, rhs.value) < 0
        }
        out.reserve(used + found * 2)
        for position in 0..<found {
            if position > 0 { out.append(UInt8(ascii: "&")) }
            out.append(UnsafeBufferPointer(rebasing: bytes[list[position].name]))
            out.append(UInt8(ascii: "="))
            out.append(UnsafeBufferPointer(rebasing: bytes[list[position].value]))
        }
    }
}
