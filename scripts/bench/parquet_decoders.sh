#!/usr/bin/env bash
# In-process throughput of the Parquet decoders and page codecs (LakeCodec/Parquet/Encoding and
# Compression) on 1M-value synthetic pages: best of 10 runs, MB/s of decoded output and values/s.
# Compiles the LakeCodec sources with `swiftc -O -wmo` next to the benchmark below, so it needs no
# package changes and no release build of the whole tree. Usage: scripts/bench/parquet_decoders.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/.build/parquet-decoders-bench"
mkdir -p "$work"
cat >"$work/main.swift" <<'SWIFT'
import Foundation

func check(_ ok: Bool, line: Int = #line) {
    if !ok { print("decoded values differ from the input (main.swift:\(line))"); exit(1) }
}
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
func bench(_ name: String, bytes: Int, values: Int, iters: Int = 10, _ body: () throws -> Void) rethrows {
    try body()
    var best = Double.infinity
    for _ in 0..<iters {
        let t0 = now()
        try body()
        best = min(best, now() - t0)
    }
    let label = name.padding(toLength: 34, withPad: " ", startingAt: 0)
    let rate = values > 1 ? String(format: "%8.1f Mvalues/s", Double(values) / best / 1e6) : ""
    print(label + String(format: " %8.2f ms  %8.0f MB/s  ", best * 1e3, Double(bytes) / best / 1e6) + rate)
}

struct SplitMix: RandomNumberGenerator {
    var state: UInt64 = 0x5EED
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
var rng = SplitMix()
let n = 1_000_000
for w in [1, 3, 10, 17, 32] {
    let mask = w == 32 ? UInt32.max : (UInt32(1) << UInt32(w)) - 1
    let vals = (0..<n).map { _ in Int32(bitPattern: UInt32.random(in: 0...UInt32.max, using: &rng) & mask) }
    var enc: [UInt8] = []
    RLEBitPackedHybridEncoder.encode(vals, bitWidth: w, into: &enc)
    var out: [Int32] = []
    out.reserveCapacity(n)
    try bench("rle bitpacked w=\(w)", bytes: n * 4, values: n) {
        out.removeAll(keepingCapacity: true)
        var d = try RLEBitPackedHybridDecoder(ByteCursor(enc), bitWidth: w)
        try d.decode(count: n, into: &out)
    }
    check(out == vals)
}
do {
    let vals = (0..<n).map { _ in Int64.random(in: 0...1_000_000_000, using: &rng) }
    var enc: [UInt8] = []
    PlainEncoder.encodeInt64(vals, into: &enc)
    var out: [Int64] = []
    try bench("plain int64", bytes: n * 8, values: n) {
        out.removeAll(keepingCapacity: true)
        var c = ByteCursor(enc)
        try PlainDecoder.decodeInt64(&c, count: n, into: &out)
    }
    var denc: [UInt8] = []
    let sorted = vals.sorted()
    DeltaBinaryPackedEncoder.encodeInt64(sorted, into: &denc)
    try bench("delta int64 (sorted)", bytes: n * 8, values: n) {
        out.removeAll(keepingCapacity: true)
        var c = ByteCursor(denc)
        try DeltaBinaryPackedDecoder.decodeInt64(&c, count: n, into: &out)
    }
    check(out == sorted)
    let v32 = vals.map { Int32(truncatingIfNeeded: $0 % 100000) }
    var d32: [UInt8] = []
    DeltaBinaryPackedEncoder.encodeInt32(v32, into: &d32)
    var o32: [Int32] = []
    try bench("delta int32 (random)", bytes: n * 4, values: n) {
        o32.removeAll(keepingCapacity: true)
        var c = ByteCursor(d32)
        try DeltaBinaryPackedDecoder.decodeInt32(&c, count: n, into: &o32)
    }
    check(o32 == v32)
    let dv = vals.map { Double($0) / 7 }
    var bss: [UInt8] = []
    ByteStreamSplitEncoder.encode(dv, into: &bss)
    var od: [Double] = []
    try bench("bss double", bytes: n * 8, values: n) {
        od.removeAll(keepingCapacity: true)
        var c = ByteCursor(bss)
        try ByteStreamSplitDecoder.decodeDouble(&c, count: n, into: &od)
    }
    check(od == dv)
}
do {
    let strs = try BinaryArray((0..<n).map { i in Array("user-\(i % 5000)/item \(i) lorem".utf8) })
    var enc: [UInt8] = []
    PlainEncoder.encodeByteArrays(strs, into: &enc)
    var out = BinaryArray()
    try bench("plain byte arrays", bytes: enc.count, values: n) {
        out = BinaryArray()
        var c = ByteCursor(enc)
        try PlainDecoder.decodeByteArrays(&c, count: n, into: &out)
    }
    check(out == strs)
    var dl: [UInt8] = []
    DeltaByteArrayEncoder.encodeLengths(strs, into: &dl)
    try bench("delta length byte arrays", bytes: dl.count, values: n) {
        out = BinaryArray()
        var c = ByteCursor(dl)
        try DeltaLengthByteArrayDecoder.decode(&c, count: n, into: &out)
    }
    var db: [UInt8] = []
    DeltaByteArrayEncoder.encode(strs, into: &db)
    try bench("delta byte arrays", bytes: strs.bytes.count, values: n) {
        out = BinaryArray()
        var c = ByteCursor(db)
        try DeltaByteArrayDecoder.decode(&c, count: n, into: &out)
    }
    check(out == strs)
    let dict = try BinaryArray((0..<1000).map { Array("category-\($0)".utf8) })
    let idx = (0..<n).map { _ in Int32.random(in: 0..<1000, using: &rng) }
    try bench("dictionary gather strings", bytes: n * 12, values: n) {
        out = BinaryArray()
        try idx.withUnsafeBufferPointer { try out.appendGathering(from: dict, indices: $0) }
    }
    var dictPage: [UInt8] = []
    RLEBitPackedHybridEncoder.encodeDictionaryIndices(idx, dictionaryCount: 1000, into: &dictPage)
    try bench("dictionary indices+gather", bytes: n * 12, values: n) {
        out = BinaryArray()
        var c = ByteCursor(dictPage)
        var indices: [Int32] = []
        try DictionaryIndexDecoder.decode(&c, count: n, dictionaryCount: 1000, into: &indices)
        try DictionaryGather.gather(dict, indices: indices, into: &out)
    }
    try bench("dictionary fused decodeValues", bytes: n * 12, values: n) {
        out = BinaryArray()
        var c = ByteCursor(dictPage)
        try DictionaryIndexDecoder.decodeValues(&c, count: n, dictionary: dict, into: &out)
    }
    let dictNumbers = (0..<1000).map { Double($0) * 1.5 }
    var outNumbers: [Double] = []
    try bench("dictionary fused doubles", bytes: n * 8, values: n) {
        outNumbers.removeAll(keepingCapacity: true)
        var c = ByteCursor(dictPage)
        try DictionaryIndexDecoder.decodeValues(&c, count: n, dictionary: dictNumbers, into: &outNumbers)
    }
    try bench("dictionary indices+gather doubles", bytes: n * 8, values: n) {
        outNumbers.removeAll(keepingCapacity: true)
        var c = ByteCursor(dictPage)
        var indices: [Int32] = []
        try DictionaryIndexDecoder.decode(&c, count: n, dictionaryCount: 1000, into: &indices)
        try DictionaryGather.gather(dictNumbers, indices: indices, into: &outNumbers)
    }
    // Indices in runs (sorted or clustered data): mostly RLE runs.
    var runIdx: [Int32] = []
    while runIdx.count < n {
        let v = Int32.random(in: 0..<1000, using: &rng)
        runIdx.append(contentsOf: repeatElement(v, count: min(Int.random(in: 1...64, using: &rng), n - runIdx.count)))
    }
    var runPage: [UInt8] = []
    RLEBitPackedHybridEncoder.encodeDictionaryIndices(runIdx, dictionaryCount: 1000, into: &runPage)
    try bench("dict runs fused doubles", bytes: n * 8, values: n) {
        outNumbers.removeAll(keepingCapacity: true)
        var c = ByteCursor(runPage)
        try DictionaryIndexDecoder.decodeValues(&c, count: n, dictionary: dictNumbers, into: &outNumbers)
    }
    try bench("dict runs indices+gather doubles", bytes: n * 8, values: n) {
        outNumbers.removeAll(keepingCapacity: true)
        var c = ByteCursor(runPage)
        var indices: [Int32] = []
        try DictionaryIndexDecoder.decode(&c, count: n, dictionaryCount: 1000, into: &indices)
        try DictionaryGather.gather(dictNumbers, indices: indices, into: &outNumbers)
    }
    let page = Array(enc.prefix(8 << 20))
    for codec in [CompressionCodec.snappy, .zstd, .gzip, .lz4Raw, .lz4] {
        let comp = try Compressor.compress(page, codec: codec)
        try bench("decompress \(codec)", bytes: page.count, values: 1, iters: 3) {
            _ = try Decompressor.decompress(comp, codec: codec, uncompressedSize: page.count)
        }
    }
    var bools: [Bool] = []
    let bb = [UInt8](repeating: 0x5A, count: n / 8)
    try bench("plain booleans", bytes: n / 8, values: n) {
        bools.removeAll(keepingCapacity: true)
        var c = ByteCursor(bb)
        try PlainDecoder.decodeBooleans(&c, count: n, into: &bools)
    }
}
SWIFT

swiftc -O -wmo -package-name lakectl -module-name ParquetDecodersBench -I "$root/Sources/CCompression" \
    $(find "$root/Sources/LakeCodec" -name '*.swift') "$work/main.swift" -o "$work/bench" 2>&1 \
    | grep -v -e 'warning:' || true
"$work/bench"
