/// The third line of the canonical request: every query parameter encoded, sorted by encoded name and
/// then by encoded value, and joined with `&`; a parameter without `=` becomes `name=`
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html,
/// "CanonicalQueryString"; suite cases get-vanilla-query-order-*, get-vanilla-empty-query-key,
/// get-vanilla-query-unreserved, get-vanilla-utf8-query).
enum CanonicalQuery {
    /// Appends the canonical form of the raw `query` (as sent, without `?`).
    static func append(query: String, to out: inout [UInt8]) {
        guard !query.isEmpty else { return }
        var query = query
        query.withUTF8 { append(raw: $0, to: &out) }
    }

    private struct Parameter {
        var name: Range<Int>
        var value: Range<Int>
    }

    static func append(raw: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // Re-encode every name and value into one scratch buffer and sort ranges into it: one
        // allocation for the bytes and one for the ranges, whatever the number of parameters.
        var scratch: [UInt8] = []
        scratch.reserveCapacity(raw.count + raw.count / 2)
        var parameters: [Parameter] = []
        var start = 0
        var index = 0
        while index <= raw.count {
            if index == raw.count || raw[index] == UInt8(ascii: "&") {
                if index > start {
                    var equals = start
                    while equals < index && raw[equals] != UInt8(ascii: "=") { equals += 1 }
                    let nameStart = scratch.count
                    PercentEncoding.appendReencoded(
                        UnsafeBufferPointer(rebasing: raw[start..<equals]), keepSlash: false, to: &scratch)
                    let nameEnd = scratch.count
                    if equals < index {
                        PercentEncoding.appendReencoded(
                            UnsafeBufferPointer(rebasing: raw[(equals + 1)..<index]), keepSlash: false, to: &scratch)
                    }
                    parameters.append(Parameter(name: nameStart..<nameEnd, value: nameEnd..<scratch.count))
                }
                start = index + 1
            }
            index += 1
        }
        scratch.withUnsafeBufferPointer { bytes in
            parameters.sort { lhs, rhs in
                let byName = ByteOrder.compare(bytes, lhs.name, rhs.name)
                return byName != 0 ? byName < 0 : ByteOrder.compare(bytes, lhs.value, rhs.value) < 0
            }
            for (position, parameter) in parameters.enumerated() {
                if position > 0 { out.append(UInt8(ascii: "&")) }
                out.append(contentsOf: bytes[parameter.name])
                out.append(UInt8(ascii: "="))
                out.append(contentsOf: bytes[parameter.value])
            }
        }
    }
}
