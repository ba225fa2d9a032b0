import Testing

@testable import LakeCodec

/// Corrupted and truncated encodings must fail with a `CodecError` (or decode to something), never
/// trap: each decoder gets valid bytes with random bytes overwritten, random truncations and random
/// counts. Seeded, so a failure reproduces; a trap would crash the test process.
@Suite struct EncodingFuzzTests {
    typealias Decode = ([UInt8], Int) throws -> Void

    static func mutations(of bytes: [UInt8], seed: UInt64, rounds: Int = 300) -> [([UInt8], Int)] {
        var rng = TestRNG(seed: seed)
        var out: [([UInt8], Int)] = []
        for _ in 0..<rounds {
            var b = bytes
            switch rng.next() % 3 {
            case 0 where !b.isEmpty:
                for _ in 0..<(1 + Int(rng.next() % 4)) {
                    b[Int(rng.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: rng.next())
                }
            case 1:
                b = Array(b.prefix(Int(rng.next() % UInt64(b.count + 1))))
            default:
                b = (0..<Int(rng.next() % 64)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            }
            let count = Int(rng.next() % 2000)
            out.append((b, count))
        }
        return out
    }

    static func survive(_ bytes: [UInt8], seed: UInt64, _ decode: Decode) {
        for (b, count) in mutations(of: bytes, seed: seed) {
            do {
                try decode(b, count)
            } catch is CodecError {
            } catch {
                Issue.record("non-CodecError thrown: \(error)")
            }
        }
    }

    @Test func rleHybrid() {
        var bytes: [UInt8] = []
        RLEBitPackedHybridEncoder.encode(sampleValues(count: 1000, bitWidth: 9, seed: 1), bitWidth: 9, into: &bytes)
        Self.survive(bytes, seed: 1) { b, n in
            var d = try RLEBitPackedHybridDecoder(ByteCursor(b), bitWidth: 9)
            var out: [Int32] = []
            try d.decode(count: n, into: &out)
        }
        Self.survive([3] + bytes, seed: 2) { b, n in
            var c = ByteCursor(b)
            var out: [Int32] = []
            try DictionaryIndexDecoder.decode(&c, count: n, dictionaryCount: 300, into: &out)
        }
        let dict = try? BinaryArray((0..<300).map { [UInt8(truncatingIfNeeded: $0)] })
        Self.survive([3] + bytes, seed: 13) { b, n in
            var c = ByteCursor(b)
            var values: [Double] = []
            try? DictionaryIndexDecoder.decodeValues(&c, count: n, dictionary: [1.0, 2.0], into: &values)
            var c2 = ByteCursor(b)
            var strings = BinaryArray()
            try DictionaryIndexDecoder.decodeValues(&c2, count: n, dictionary: dict ?? BinaryArray(), into: &strings)
        }
    }

    @Test func levelsAndBooleans() {
        var bytes: [UInt8] = []
        RLEBitPackedHybridEncoder.encodeWithLengthPrefix(
            sampleValues(count: 1000, bitWidth: 1, seed: 2), bitWidth: 1, into: &bytes)
        Self.survive(bytes, seed: 3) { b, n in
            var c = ByteCursor(b)
            var out: [Int32] = []
            try LevelDecoder.decodeV1(&c, bitWidth: 1, count: n, into: &out)
        }
        Self.survive(bytes, seed: 4) { b, n in
            var c = ByteCursor(b)
            var out: [Bool] = []
            try BooleanRLEDecoder.decode(&c, count: n, into: &out)
        }
        Self.survive(bytes, seed: 5) { b, n in
            var c = ByteCursor(b)
            var out: [Int32] = []
            try LevelDecoder.decodeBitPackedLegacy(&c, bitWidth: 2, count: n, into: &out)
        }
    }

    @Test func plain() throws {
        var bytes: [UInt8] = []
        PlainEncoder.encodeByteArrays(try BinaryArray((0..<300).map { Array("v\($0)".utf8) }), into: &bytes)
        Self.survive(bytes, seed: 6) { b, n in
            var c = ByteCursor(b)
            var out = BinaryArray()
            try PlainDecoder.decodeByteArrays(&c, count: n, into: &out)
        }
        Self.survive(bytes, seed: 7) { b, n in
            var c = ByteCursor(b)
            var a: [Int64] = []
            var d: [Int96] = []
            var f = BinaryArray()
            var bools: [Bool] = []
            try? PlainDecoder.decodeInt64(&c, count: n, into: &a)
            try? PlainDecoder.decodeInt96(&c, count: n, into: &d)
            try? PlainDecoder.decodeBooleans(&c, count: n, into: &bools)
            try PlainDecoder.decodeFixedLenByteArrays(&c, count: n, typeLength: Int(b.first ?? 0), into: &f)
        }
    }

    @Test func delta() throws {
        var ints: [UInt8] = []
        DeltaBinaryPackedEncoder.encodeInt64((0..<1000).map { Int64($0 * $0 % 977) - 300 }, into: &ints)
        Self.survive(ints, seed: 8) { b, n in
            var c = ByteCursor(b)
            var out: [Int64] = []
            try DeltaBinaryPackedDecoder.decodeInt64(&c, count: n, into: &out)
        }
        Self.survive(ints, seed: 9) { b, n in
            var c = ByteCursor(b)
            var out: [Int32] = []
            try DeltaBinaryPackedDecoder.decodeInt32(&c, count: n, into: &out)
        }
        var strings: [UInt8] = []
        DeltaByteArrayEncoder.encode(
            try BinaryArray((0..<500).map { Array("key-\($0 / 7)-\($0)".utf8) }), into: &strings)
        Self.survive(strings, seed: 10) { b, n in
            var c = ByteCursor(b)
            var out = BinaryArray()
            try DeltaByteArrayDecoder.decode(&c, count: n, into: &out)
        }
        Self.survive(strings, seed: 11) { b, n in
            var c = ByteCursor(b)
            var out = BinaryArray()
            try DeltaLengthByteArrayDecoder.decode(&c, count: n, into: &out)
        }
    }

    @Test func byteStreamSplit() {
        var bytes: [UInt8] = []
        ByteStreamSplitEncoder.encode((0..<200).map { Double($0) / 3 }, into: &bytes)
        Self.survive(bytes, seed: 12) { b, n in
            var c = ByteCursor(b)
            var out: [Double] = []
            var flba = BinaryArray()
            try? ByteStreamSplitDecoder.decodeDouble(&c, count: n, into: &out)
            try ByteStreamSplitDecoder.decodeFixedLenByteArrays(&c, count: n % 50, typeLength: n % 7, into: &flba)
        }
    }

    @Test func codecs() throws {
        for (i, codec) in [CompressionCodec.snappy, .gzip, .zstd, .brotli, .lz4, .lz4Raw].enumerated() {
            let page = samplePage(size: 3000, seed: UInt64(i))
            let compressed = try Compressor.compress(page, codec: codec)
            Self.survive(compressed, seed: 20 + UInt64(i)) { b, n in
                var buffer: [UInt8] = []
                _ = try? Decompressor.decompress(b, codec: codec, uncompressedSize: 3000)
                try Decompressor.decompress(b[...], codec: codec, uncompressedSize: n, into: &buffer)
            }
        }
    }
}
