#!/usr/bin/env bash
# Whole-file decoding with the LakeCodec page decoders alone (decompress, levels, values, dictionary
# expansion; no record assembly, no profile), next to pyarrow's single-threaded read_table, on the
# files parquet.sh generates. The page walk is the test-only CorpusPages helper, driven by a plan of
# column-chunk byte ranges that pyarrow reads from the footer. Values are decoded one column chunk at
# a time and dropped, as a streaming reader would. Both sides report the best of three runs.
# Usage: scripts/bench/parquet_decode_files.sh [FILE...]   (default: bench-out/*.parquet)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/.build/parquet-decode-files"
mkdir -p "$work"
files=("$@")
if [[ ${#files[@]} == 0 ]]; then files=("$root"/bench-out/*.parquet); fi

# The helper is compiled into this one module with LakeCodec's sources and the corpus locator it uses.
sed -e 's/^@testable import LakeCodec$//' -e 's/^import LakeTestSupport$//' \
    "$root/Tests/LakeCodecTests/Parquet/Encoding/CorpusPages.swift" >"$work/CorpusPages.swift"
cat >"$work/main.swift" <<'SWIFT'
import Foundation

struct Chunk {
    var codec: CompressionCodec
    var type: Int
    var typeLength: Int
    var maxDef: Int
    var range: Range<Int>
    var numValues: Int
}

enum PageDictionary {
    case none, int32([Int32]), int64([Int64]), float([Float]), double([Double]), bytes(BinaryArray), int96([Int96])
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func run(path: String, plan: [Chunk]) throws -> (values: Int, bytes: Int) {
    // Read straight into the byte array (Foundation's Data would add a copy of the whole file).
    guard let fp = fopen(path, "rb") else { throw CodecError.io(path: path, reason: "cannot open") }
    defer { fclose(fp) }
    fseek(fp, 0, SEEK_END)
    let size = ftell(fp)
    fseek(fp, 0, SEEK_SET)
    let file = [UInt8](unsafeUninitializedCapacity: size) { buf, n in n = fread(buf.baseAddress, 1, size, fp) }
    guard file.count == size else { throw CodecError.io(path: path, reason: "short read") }
    var decoded = 0
    var outBytes = 0
    var pageBuffer: [UInt8] = []  // reused for every v1 page, as a reader would
    // Output buffers are reused from one column chunk to the next (emptied, capacity kept), as a
    // streaming reader would: fresh multi-megabyte arrays per chunk cost more in page faults than the
    // decoding itself.
    var i32: [Int32] = [], i64: [Int64] = [], f32: [Float] = [], f64: [Double] = [], bools: [Bool] = []
    var bytes = BinaryArray()
    var i96: [Int96] = []
    for chunk in plan {
        var dictionary = PageDictionary.none
        i32.removeAll(keepingCapacity: true); i64.removeAll(keepingCapacity: true)
        f32.removeAll(keepingCapacity: true); f64.removeAll(keepingCapacity: true)
        bools.removeAll(keepingCapacity: true); i96.removeAll(keepingCapacity: true)
        bytes.bytes.removeAll(keepingCapacity: true); bytes.offsets.removeAll(keepingCapacity: true)
        bytes.offsets.append(0); bytes.count = 0
        // The footer gives the chunk's value count: size the output once.
        switch chunk.type {
        case 0: bools.reserveCapacity(chunk.numValues)
        case 1: i32.reserveCapacity(chunk.numValues)
        case 2: i64.reserveCapacity(chunk.numValues)
        case 3: i96.reserveCapacity(chunk.numValues)
        case 4: f32.reserveCapacity(chunk.numValues)
        case 5: f64.reserveCapacity(chunk.numValues)
        default: bytes.offsets.reserveCapacity(chunk.numValues + 1)
        }
        for page in try Corpus.pages(of: file, in: chunk.range) {
            let body: [UInt8]
            if page.type == 3 {
                body = try Corpus.decompressedBody(page, of: file, codec: chunk.codec)
            } else {
                try Decompressor.decompress(
                    file[page.body], codec: chunk.codec, uncompressedSize: page.uncompressedSize, into: &pageBuffer)
                body = pageBuffer
            }
            if page.type == 2 {
                var c = ByteCursor(body)
                let n = page.numValues
                switch chunk.type {
                case 1: var a: [Int32] = []; try PlainDecoder.decodeInt32(&c, count: n, into: &a); dictionary = .int32(a)
                case 2: var a: [Int64] = []; try PlainDecoder.decodeInt64(&c, count: n, into: &a); dictionary = .int64(a)
                case 3: var a: [Int96] = []; try PlainDecoder.decodeInt96(&c, count: n, into: &a); dictionary = .int96(a)
                case 4: var a: [Float] = []; try PlainDecoder.decodeFloat(&c, count: n, into: &a); dictionary = .float(a)
                case 5: var a: [Double] = []; try PlainDecoder.decodeDouble(&c, count: n, into: &a); dictionary = .double(a)
                case 6: var a = BinaryArray(); try PlainDecoder.decodeByteArrays(&c, count: n, into: &a); dictionary = .bytes(a)
                default: var a = BinaryArray(); try PlainDecoder.decodeFixedLenByteArrays(&c, count: n, typeLength: chunk.typeLength, into: &a); dictionary = .bytes(a)
                }
                continue
            }
            var (present, c) = try Corpus.values(of: page, body: body, optional: chunk.maxDef > 0)
            switch page.encoding {
            case 2, 8:
                // Indices are expanded straight into values (DictionaryIndexDecoder.decodeValues).
                switch dictionary {
                case .int32(let d): try DictionaryIndexDecoder.decodeValues(&c, count: present, dictionary: d, into: &i32)
                case .int64(let d): try DictionaryIndexDecoder.decodeValues(&c, count: present, dictionary: d, into: &i64)
                case .int96(let d): try DictionaryIndexDecoder.decodeValues(&c, count: present, dictionary: d, into: &i96)
                case .float(let d): try DictionaryIndexDecoder.decodeValues(&c, count: present, dictionary: d, into: &f32)
                case .double(let d): try DictionaryIndexDecoder.decodeValues(&c, count: present, dictionary: d, into: &f64)
                case .bytes(let d): try DictionaryIndexDecoder.decodeValues(&c, count: present, dictionary: d, into: &bytes)
                case .none: throw CodecError.corrupt(what: "page", offset: page.body.lowerBound, reason: "dictionary page missing")
                }
            case 3:
                try BooleanRLEDecoder.decode(&c, count: present, into: &bools)
            case 0:
                switch chunk.type {
                case 0: try PlainDecoder.decodeBooleans(&c, count: present, into: &bools)
                case 1: try PlainDecoder.decodeInt32(&c, count: present, into: &i32)
                case 2: try PlainDecoder.decodeInt64(&c, count: present, into: &i64)
                case 3: try PlainDecoder.decodeInt96(&c, count: present, into: &i96)
                case 4: try PlainDecoder.decodeFloat(&c, count: present, into: &f32)
                case 5: try PlainDecoder.decodeDouble(&c, count: present, into: &f64)
                case 6: try PlainDecoder.decodeByteArrays(&c, count: present, into: &bytes)
                default: try PlainDecoder.decodeFixedLenByteArrays(&c, count: present, typeLength: chunk.typeLength, into: &bytes)
                }
            case 5:
                if chunk.type == 1 { try DeltaBinaryPackedDecoder.decodeInt32(&c, count: present, into: &i32) }
                else { try DeltaBinaryPackedDecoder.decodeInt64(&c, count: present, into: &i64) }
            case 6: try DeltaLengthByteArrayDecoder.decode(&c, count: present, into: &bytes)
            case 7: try DeltaByteArrayDecoder.decode(&c, count: present, into: &bytes)
            case 9:
                switch chunk.type {
                case 1: try ByteStreamSplitDecoder.decodeInt32(&c, count: present, into: &i32)
                case 2: try ByteStreamSplitDecoder.decodeInt64(&c, count: present, into: &i64)
                case 4: try ByteStreamSplitDecoder.decodeFloat(&c, count: present, into: &f32)
                case 5: try ByteStreamSplitDecoder.decodeDouble(&c, count: present, into: &f64)
                default: try ByteStreamSplitDecoder.decodeFixedLenByteArrays(&c, count: present, typeLength: chunk.typeLength, into: &bytes)
                }
            default:
                throw CodecError.unsupported(what: "encoding \(page.encoding) in this benchmark")
            }
        }
        decoded += i32.count + i64.count + f32.count + f64.count + bools.count + bytes.count + i96.count
        outBytes += 4 * i32.count + 8 * i64.count + 4 * f32.count + 8 * f64.count + bools.count + bytes.bytes.count + 12 * i96.count
    }
    return (decoded, outBytes)
}

let args = CommandLine.arguments
guard args.count == 3, let planText = try? String(contentsOfFile: args[2], encoding: .utf8) else {
    print("usage: bench FILE PLAN")
    exit(2)
}
var plan: [Chunk] = []
for line in planText.split(separator: "\n") {
    let f = line.split(separator: " ").compactMap { Int($0) }
    guard f.count == 7, let codec = CompressionCodec(rawValue: Int32(f[0])) else { continue }
    plan.append(Chunk(codec: codec, type: f[1], typeLength: f[2], maxDef: f[3], range: f[4]..<(f[4] + f[5]), numValues: f[6]))
}
do {
    // Best of three: the machine is shared, so the fastest run is the least disturbed one.
    // CPU time as well as wall time: on a busy machine it is the steadier of the two.
    func cpu() -> (Double, Int) {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        let t = Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
        return (t, u.ru_maxrss)
    }
    var seconds = Double.infinity
    var cpuSeconds = Double.infinity
    var r = (values: 0, bytes: 0)
    for _ in 0..<3 {
        let t0 = now()
        let c0 = cpu().0
        r = try run(path: args[1], plan: plan)
        seconds = min(seconds, now() - t0)
        cpuSeconds = min(cpuSeconds, cpu().0 - c0)
    }
    let peak = Double(cpu().1) / 1024
    print("{\"seconds\": \(seconds), \"cpu_seconds\": \(cpuSeconds), \"values\": \(r.values), \"decoded_bytes\": \(r.bytes), \"max_rss_mb\": \(peak)}")
} catch {
    print("{\"error\": \"\(error)\"}")
    exit(1)
}
SWIFT

swiftc -O -wmo -package-name lakectl -module-name ParquetDecodeFiles -I "$root/Sources/CCompression" \
    $(find "$root/Sources/LakeCodec" -name '*.swift') "$work/CorpusPages.swift" \
    "$root/Sources/LakeTestSupport/Fixtures.swift" "$work/main.swift" \
    -o "$work/bench" 2>&1 | grep -v -e 'warning:' || true

for file in "${files[@]}"; do
    python3 - "$file" >"$work/plan.txt" <<'PY'
import sys
import pyarrow.parquet as pq
codecs = {"UNCOMPRESSED": 0, "SNAPPY": 1, "GZIP": 2, "LZO": 3, "BROTLI": 4, "LZ4": 5, "ZSTD": 6, "LZ4_RAW": 7}
types = {"BOOLEAN": 0, "INT32": 1, "INT64": 2, "INT96": 3, "FLOAT": 4, "DOUBLE": 5, "BYTE_ARRAY": 6, "FIXED_LEN_BYTE_ARRAY": 7}
f = pq.ParquetFile(sys.argv[1])
md, schema = f.metadata, f.schema
for rg in range(md.num_row_groups):
    group = md.row_group(rg)
    for i in range(group.num_columns):
        col = group.column(i)
        start = col.dictionary_page_offset if col.has_dictionary_page else col.data_page_offset
        desc = schema.column(i)
        print(codecs[col.compression], types[col.physical_type], desc.length or 0,
              desc.max_definition_level, start, col.total_compressed_size, col.num_values)
PY
    lake=$("$work/bench" "$file" "$work/plan.txt")
    arrow=$(python3 - "$file" <<'PY'
import json, resource, sys, time
import pyarrow as pa, pyarrow.parquet as pq
pa.set_cpu_count(1); pa.set_io_thread_count(1)
def cpu():
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime
s = c = float("inf")
for _ in range(3):  # best of three, like the LakeCodec run
    t0, c0 = time.perf_counter(), cpu()
    t = pq.read_table(sys.argv[1], use_threads=False)
    s, c = min(s, time.perf_counter() - t0), min(c, cpu() - c0)
    del t
print(json.dumps({"seconds": s, "cpu_seconds": c, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
PY
)
    python3 - "$file" "$lake" "$arrow" <<'PY'
import json, sys
import pyarrow.parquet as pq
path, lake, arrow = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
md = pq.ParquetFile(path).metadata
size = sum(md.row_group(r).column(c).total_uncompressed_size for r in range(md.num_row_groups) for c in range(md.num_columns))
rows = md.num_rows
print(f"\n{path}: {rows:,} rows, {size / 1e6:.1f} MB uncompressed")
if "error" in lake:
    print("  LakeCodec decoders: error:", lake["error"])
else:
    s = lake["seconds"]
    s = lake["seconds"]
    print(f"  LakeCodec decoders  wall {s:6.3f} s  cpu {lake['cpu_seconds']:6.3f} s  {size / 1e6 / lake['cpu_seconds']:7.1f} MB/s  {rows / lake['cpu_seconds']:12,.0f} rows/s  peak RSS {lake['max_rss_mb']:.0f} MB  ({lake['values']:,} values)")
a = arrow["seconds"]
print(f"  pyarrow read_table  wall {a:6.3f} s  cpu {arrow['cpu_seconds']:6.3f} s  {size / 1e6 / arrow['cpu_seconds']:7.1f} MB/s  {rows / arrow['cpu_seconds']:12,.0f} rows/s  peak RSS {arrow['max_rss_mb']:.0f} MB")
if "error" not in lake:
    print(f"  decoders/pyarrow ratio: cpu {lake['cpu_seconds'] / arrow['cpu_seconds']:.2f}, wall {lake['seconds'] / a:.2f} (MB/s and rows/s use cpu time)")
PY
done
