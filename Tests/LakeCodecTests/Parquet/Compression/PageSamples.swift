/// Inputs of every shape a compressed page holds, for the codec tests that hold LakeCodec's decoders to
/// the C libraries: random bytes (long literals, stored blocks), text from a small vocabulary (matches
/// from far back), runs with periods 1–15 (overlapping matches), length-prefixed strings (a PLAIN page),
/// and, with `integers`, little-endian integers; the shape changes every `segment` bytes.
enum PageSamples {
    static func make(seed: UInt64, sizes: [Int], segment: Int, longestRun: Int, integers: Bool) -> [[UInt8]] {
        var rng = TestRNG(seed: seed)
        let words = Array("lake stores events orders users payments every minute crawler schema".split(separator: " "))
        let shapes = integers ? 5 : 4
        var out: [[UInt8]] = []
        for (k, size) in sizes.enumerated() {
            var b: [UInt8] = []
            b.reserveCapacity(size)
            while b.count < size {
                switch (k + b.count / segment) % shapes {
                case 0: b.append(UInt8.random(in: 0...255, using: &rng))
                case 1: b += Array(words[Int(rng.next() % UInt64(words.count))].utf8) + [0x20]
                case 2:
                    let period = Int(rng.next() % 15) + 1
                    let pattern = (0..<period).map { _ in UInt8.random(in: 0...255, using: &rng) }
                    for i in 0..<Int(rng.next() % UInt64(longestRun)) { b.append(pattern[i % period]) }
                case 3:
                    let text = Array(words[Int(rng.next() % UInt64(words.count))].utf8)
                    b += [UInt8(text.count), 0, 0, 0] + text
                default:
                    let value = UInt32(rng.next() % 5_000)
                    b += withUnsafeBytes(of: value.littleEndian) { Array($0) }
                }
            }
            out.append(Array(b.prefix(size)))
        }
        return out
    }

    /// One kind of damage a stored or transferred page suffers, drawn from `rng`: one to three bytes
    /// replaced, the end cut off (1–40 bytes), the size the page header declares off by up to two, or one
    /// bit flipped.
    static func damage(_ stream: inout [UInt8], expected: inout Int, using rng: inout TestRNG) {
        switch rng.next() % 4 {
        case 0:
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                stream[Int(rng.next() % UInt64(stream.count))] = UInt8.random(in: 0...255, using: &rng)
            }
        case 1: stream.removeLast(Int(rng.next() % UInt64(min(stream.count, 40))) + 1)
        case 2: expected += Int(rng.next() % 5) - 2
        default:
            let at = Int(rng.next() % UInt64(stream.count))
            stream[at] ^= UInt8(1 << (rng.next() % 8))
        }
    }
}
