/// The decode tables of one DEFLATE block's Huffman codes, rebuilt for each dynamic block and owned by one
/// decode (not shared between threads).
///
/// A table is indexed by the next bits of the stream (lowest first, so each code's bits reversed). A code
/// no longer than the table's bits fills every entry its bits lead; a longer one is found through a
/// subtable pointer in the entry of its first bits, indexed by the bits after them. An entry (32 bits):
/// bits 0–3 the code's bits to drop (a pointer's: the table's), 4–7 the extra bits that follow (a
/// pointer's: its subtable's index bits), 8–10 the kind, 16–31 the value (a literal's byte, a length's or
/// distance's base, a pointer's subtable start).
final class DeflateTables {
    static let literalBits = 11
    static let distanceBits = 8
    static let literalMask: UInt64 = (1 << 11) - 1
    static let distanceMask: UInt64 = (1 << 8) - 1

    static let kindMask: UInt32 = 0x700
    static let literal: UInt32 = 0x000
    static let base: UInt32 = 0x100
    static let endOfBlock: UInt32 = 0x200
    static let subtable: UInt32 = 0x300
    static let invalid: UInt32 = 0x400

    enum Code { case literalLength, distance, codeLengths }

    /// 2^11 entries and, at most, one 16-entry subtable (codes of 12–15 bits) for each of 288 symbols.
    private static let literalSize = 2048 + 288 * 16
    /// 2^8 entries and, at most, one 128-entry subtable for each of 30 symbols.
    private static let distanceSize = 256 + 30 * 128
    private static let codeLengthSize = 128

    let literalTable: UnsafeMutablePointer<UInt32>
    let distanceTable: UnsafeMutablePointer<UInt32>
    let codeLengthTable: UnsafeMutablePointer<UInt32>
    /// Code lengths as a dynamic block's header gives them (literal/length then distance, up to 316, plus
    /// room for a repeat's overshoot being refused first).
    let lengths: UnsafeMutablePointer<UInt8>
    /// Scratch of `build`: symbols sorted by code length.
    private let sorted: UnsafeMutablePointer<UInt16>
    /// Whether the tables hold the fixed code (so consecutive fixed blocks build it once).
    private var holdsFixedCode = false

    init() {
        literalTable = .allocate(capacity: Self.literalSize)
        distanceTable = .allocate(capacity: Self.distanceSize)
        codeLengthTable = .allocate(capacity: Self.codeLengthSize)
        lengths = .allocate(capacity: 320)
        sorted = .allocate(capacity: 288)
    }

    deinit {
        literalTable.deallocate()
        distanceTable.deallocate()
        codeLengthTable.deallocate()
        lengths.deallocate()
        sorted.deallocate()
    }

    /// The fixed code of a block of type 1 (RFC 1951 3.2.6).
    func useFixedCode() {
        if holdsFixedCode { return }
        for s in 0..<144 { lengths[s] = 8 }
        for s in 144..<256 { lengths[s] = 9 }
        for s in 256..<280 { lengths[s] = 7 }
        for s in 280..<288 { lengths[s] = 8 }
        for s in 288..<320 { lengths[s] = 5 }
        let built =
            build(.literalLength, lengths: lengths, count: 288) && build(.distance, lengths: lengths + 288, count: 32)
        precondition(built, "the fixed code is complete")
        holdsFixedCode = true
    }

    /// Builds the table of a code from its symbols' lengths (0: unused). Returns false where zlib refuses
    /// the lengths: an over-subscribed code, or an incomplete one other than a single one-bit code (a
    /// code-length code must always be complete). A distance code of no symbols is accepted, as zlib does,
    /// and its table refuses every distance.
    func build(_ code: Code, lengths: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        if code != .codeLengths { holdsFixedCode = false }
        let table: UnsafeMutablePointer<UInt32>
        let tableBits: Int
        switch code {
        case .literalLength: (table, tableBits) = (literalTable, Self.literalBits)
        case .distance: (table, tableBits) = (distanceTable, Self.distanceBits)
        case .codeLengths: (table, tableBits) = (codeLengthTable, 7)
        }
        var counts = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &counts) { raw -> Bool in
            let counts = raw.bindMemory(to: Int.self)
            for s in 0..<count { counts[Int(lengths[s])] += 1 }
            counts[0] = 0
            var maxLength = 15
            while maxLength > 0 && counts[maxLength] == 0 { maxLength -= 1 }
            let tableSize = 1 << tableBits
            let invalidEntry = Self.invalid | 1
            if maxLength == 0 {
                if code == .codeLengths { return false }
                table.update(repeating: invalidEntry, count: tableSize)
                return true
            }
            var left = 1
            for length in 1...15 {
                left = left << 1 - counts[length]
                if left < 0 { return false }
            }
            if left > 0 {
                if code == .codeLengths || maxLength != 1 { return false }
                table.update(repeating: invalidEntry, count: tableSize)
            }
            // Symbols in canonical order: by length, then by value.
            var offsets = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            withUnsafeMutableBytes(of: &offsets) { rawOffsets in
                let offsets = rawOffsets.bindMemory(to: Int.self)
                for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
                for s in 0..<count where lengths[s] != 0 {
                    sorted[offsets[Int(lengths[s])]] = UInt16(s)
                    offsets[Int(lengths[s])] += 1
                }
            }
            let subBits = max(0, maxLength - tableBits)
            var nextSubtable = tableSize
            var subtableStart = 0
            var lastPrefix = -1
            var codeword = 0
            var i = 0
            for length in 1...maxLength {
                for _ in 0..<counts[length] {
                    let entry = Self.entry(code, symbol: Int(sorted[i]))
                    i += 1
                    let reversed = Self.reverse(codeword, length)
                    if length <= tableBits {
                        var k = reversed
                        while k < tableSize {
                            table[k] = entry | UInt32(length)
                            k += 1 << length
                        }
                    } else {
                        let prefix = reversed & (tableSize - 1)
                        if prefix != lastPrefix {
                            lastPrefix = prefix
                            subtableStart = nextSubtable
                            nextSubtable += 1 << subBits
                            table[prefix] =
                                Self.subtable | UInt32(subtableStart) << 16 | UInt32(subBits) << 4 | UInt32(tableBits)
                        }
                        let rest = length - tableBits
                        var k = reversed >> tableBits
                        while k < 1 << subBits {
                            table[subtableStart + k] = entry | UInt32(rest)
                            k += 1 << rest
                        }
                    }
                    codeword += 1
                }
                codeword <<= 1
            }
            return true
        }
    }

    /// A symbol's entry, its code's bits still to be added.
    private static func entry(_ code: Code, symbol: Int) -> UInt32 {
        switch code {
        case .codeLengths: return literal | UInt32(symbol) << 16
        case .literalLength:
            if symbol < 256 { return literal | UInt32(symbol) << 16 }
            if symbol == 256 { return endOfBlock }
            guard symbol <= 285 else { return invalid }
            let i = symbol - 257
            return base | UInt32(lengthBase[i]) << 16 | UInt32(lengthExtra[i]) << 4
        case .distance:
            guard symbol < 30 else { return invalid }
            return base | UInt32(distanceBase[symbol]) << 16 | UInt32(distanceExtra[symbol]) << 4
        }
    }

    private static func reverse(_ codeword: Int, _ length: Int) -> Int {
        var value = codeword
        var reversed = 0
        for _ in 0..<length {
            reversed = reversed << 1 | value & 1
            value >>= 1
        }
        return reversed
    }

    private static let lengthBase: [UInt16] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
        227, 258,
    ]
    private static let lengthExtra: [UInt8] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase: [UInt16] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
        4097, 6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra: [UInt8] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
}
