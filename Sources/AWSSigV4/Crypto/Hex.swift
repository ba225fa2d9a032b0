/// Lowercase hex for digests and signatures, by table (no `String(format:)` on the signing path).
enum Hex {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    static func lowercase(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        append(bytes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ bytes: some Collection<UInt8>, to out: inout [UInt8]) {
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
    }
}
