// TEMPORARY: minimal stand-ins for the parquet-enc branch's API so this branch builds and can be tested
// before that branch is merged. Deleted in the merge commit.

struct BinaryArray: Sendable, Equatable {
    var bytes: [UInt8] = []
    var offsets: [Int32] = [0]
    var count = 0
    init() {}
    subscript(i: Int) -> ArraySlice<UInt8> { bytes[Int(offsets[i])..<Int(offsets[i + 1])] }
    mutating func append<C: Collection>(_ value: C) throws where C.Element == UInt8 {
        bytes.append(contentsOf: value)
        offsets.append(Int32(truncatingIfNeeded: bytes.count))
        count += 1
    }
    mutating func appendGathering(from dictionary: BinaryArray, indices: UnsafeBufferPointer<Int32>) throws {
        for i in indices {
            guard i >= 0, Int(i) < dictionary.count else { throw CodecError.corrupt(what: "dictionary index", offset: 0, reason: "out of range") }
            try append(dictionary[Int(i)])
        }
    }
}

struct Int96: Sendable, Equatable, Hashable {
    var lo: UInt64
    var hi: UInt32
    var timestampNanos: Int64? {
        let days = Int64(hi) - 2_440_588
        let (d, o1) = days.multipliedReportingOverflow(by: 86_400_000_000_000)
        if o1 { return nil }
        let (t, o2) = d.addingReportingOverflow(Int64(bitPattern: lo))
        return o2 ? nil : t
    }
}

enum CompressionCodec: Int32 { case uncompressed = 0, snappy, gzip, lzo, brotli, lz4, zstd, lz4Raw = 7 }

enum Decompressor {
    static func decompress(_ input: ArraySlice<UInt8>, codec: CompressionCodec, uncompressedSize: Int) throws -> [UInt8] {
        guard codec == .uncompressed else { throw CodecError.unsupported(what: "codec \(codec) (stub)") }
        return Array(input)
    }
}

enum PlainDecoder {
    static func decodeBooleans(_ c: inout ByteCursor, count: Int, into out: inout [Bool]) throws {
        let r = try c.take((count + 7) / 8, "PLAIN booleans")
        for i in 0..<count { out.append((c.bytes[r.lowerBound + i / 8] >> (i % 8)) & 1 == 1) }
    }
    static func decodeInt32(_ c: inout ByteCursor, count: Int, into out: inout [Int32]) throws {
        for _ in 0..<count { out.append(Int32(bitPattern: try c.readUInt32LE("PLAIN int32"))) }
    }
    static func decodeInt64(_ c: inout ByteCursor, count: Int, into out: inout [Int64]) throws {
        for _ in 0..<count {
            let lo = UInt64(try c.readUInt32LE("PLAIN int64")), hi = UInt64(try c.readUInt32LE("PLAIN int64"))
            out.append(Int64(bitPattern: lo | hi << 32))
        }
    }
    static func decodeInt96(_ c: inout ByteCursor, count: Int, into out: inout [Int96]) throws {
        for _ in 0..<count {
            let a = UInt64(try c.readUInt32LE("int96")), b = UInt64(try c.readUInt32LE("int96")), h = try c.readUInt32LE("int96")
            out.append(Int96(lo: a | b << 32, hi: h))
        }
    }
    static func decodeFloat(_ c: inout ByteCursor, count: Int, into out: inout [Float]) throws {
        for _ in 0..<count { out.append(Float(bitPattern: try c.readUInt32LE("PLAIN float"))) }
    }
    static func decodeDouble(_ c: inout ByteCursor, count: Int, into out: inout [Double]) throws {
        for _ in 0..<count {
            let lo = UInt64(try c.readUInt32LE("PLAIN double")), hi = UInt64(try c.readUInt32LE("PLAIN double"))
            out.append(Double(bitPattern: lo | hi << 32))
        }
    }
    static func decodeByteArrays(_ c: inout ByteCursor, count: Int, into out: inout BinaryArray) throws {
        for _ in 0..<count {
            let n = Int(try c.readUInt32LE("PLAIN byte array length"))
            let r = try c.take(n, "PLAIN byte array")
            try out.append(c.bytes[r])
        }
    }
    static func decodeFixedLenByteArrays(_ c: inout ByteCursor, count: Int, typeLength: Int, into out: inout BinaryArray) throws {
        for _ in 0..<count { let r = try c.take(typeLength, "PLAIN FLBA"); try out.append(c.bytes[r]) }
    }
}

struct RLEBitPackedHybridDecoder {
    var cursor: ByteCursor
    let bitWidth: Int
    init(_ cursor: ByteCursor, bitWidth: Int) throws { self.cursor = cursor; self.bitWidth = bitWidth }
    mutating func decode(count: Int, into out: inout [Int32]) throws {
        var produced = 0
        while produced < count {
            let header = try cursor.readVarUInt64("RLE run header")
            if header & 1 == 0 {
                let n = Int(header >> 1)
                var v: UInt32 = 0
                for i in 0..<((bitWidth + 7) / 8) { v |= UInt32(try cursor.readByte("RLE value")) << (8 * UInt32(i)) }
                let k = min(n, count - produced)
                out.append(contentsOf: repeatElement(Int32(bitPattern: v), count: k))
                produced += k
                if n == 0 { throw CodecError.corrupt(what: "RLE", offset: cursor.fileOffset, reason: "empty run") }
            } else {
                let groups = Int(header >> 1)
                let r = try cursor.take(groups * bitWidth, "bit-packed run")
                var bit = 0
                for _ in 0..<(groups * 8) {
                    var v: UInt32 = 0
                    for b in 0..<bitWidth {
                        let byte = cursor.bytes[r.lowerBound + (bit + b) / 8]
                        v |= UInt32((byte >> ((bit + b) % 8)) & 1) << b
                    }
                    bit += bitWidth
                    if produced < count { out.append(Int32(bitPattern: v)); produced += 1 }
                }
                if groups == 0 { throw CodecError.corrupt(what: "RLE", offset: cursor.fileOffset, reason: "empty run") }
            }
        }
    }
}

enum LevelDecoder {
    static func decodeV1(_ c: inout ByteCursor, bitWidth: Int, count: Int, into out: inout [Int32]) throws {
        let n = Int(try c.readUInt32LE("level length"))
        let r = try c.take(n, "levels")
        var d = try RLEBitPackedHybridDecoder(ByteCursor(c.bytes, start: r.lowerBound, end: r.upperBound), bitWidth: bitWidth)
        try d.decode(count: count, into: &out)
    }
}

enum DictionaryIndexDecoder {
    static func decode(_ c: inout ByteCursor, count: Int, into out: inout [Int32]) throws {
        let w = Int(try c.readByte("dictionary index bit width"))
        var d = try RLEBitPackedHybridDecoder(ByteCursor(c.bytes, start: c.position, end: c.end), bitWidth: w)
        try d.decode(count: count, into: &out)
    }
}
