/// DEFLATE's bit order for hand-written streams: fields least significant bit first, Huffman codes most
/// significant bit first.
struct DeflateBitWriter {
    private(set) var bytes: [UInt8] = []
    private var bit = 0

    mutating func put(_ value: Int, bits: Int) {
        for i in 0..<bits {
            if bit == 0 { bytes.append(0) }
            bytes[bytes.count - 1] |= UInt8((value >> i) & 1) << bit
            bit = (bit + 1) & 7
        }
    }

    /// A Huffman codeword, its first bit the most significant.
    mutating func code(_ codeword: Int, length: Int) {
        for i in stride(from: length - 1, through: 0, by: -1) { put((codeword >> i) & 1, bits: 1) }
    }

    /// Pads to a byte boundary with zero bits.
    mutating func align() { bit = 0 }

    /// The canonical codewords of a code's lengths (RFC 1951 3.2.2), by symbol.
    static func canonicalCodes(_ lengths: [Int]) -> [Int] {
        var count = [Int](repeating: 0, count: 16)
        for l in lengths where l > 0 { count[l] += 1 }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for l in 1..<16 {
            code = (code + count[l - 1]) << 1
            next[l] = code
        }
        return lengths.map { l in
            guard l > 0 else { return -1 }
            defer { next[l] += 1 }
            return next[l]
        }
    }
}
