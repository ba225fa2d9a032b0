import Foundation
import LakeCodec
import LakeOrchestration

/// A local data file as the Parquet file the local commands read: a Parquet file as is; CSV or JSON lines
/// converted (types inferred, as `convert` does) into a temporary Parquet file removed by `remove()`; `-`
/// read from stdin first. So `cat` and `profile` read every format `convert` does, with the same types,
/// and `--where` compares typed values whatever the input.
struct LocalInput {
    let parquetPath: String
    var temporaries: [String]
    /// Set for an `s3://` Parquet object: read with ranged GETs instead of from `parquetPath`.
    var remote: RemoteParquetFile? = nil

    static func open(_ path: String, csv: CSVReadSettings) throws -> LocalInput {
        var temporaries: [String] = []
        let source = path == "-" ? try stdinCopy() : path
        if path == "-" { temporaries.append(source) }
        do {
            switch try format(of: source, named: path) {
            case .parquet:
                return LocalInput(parquetPath: source, temporaries: temporaries)
            case .json:
                let out = temporaryPath("jsonl.parquet")
                temporaries.append(out)
                try JSONLinesToParquet.convert(jsonLines: source, to: out)
                return LocalInput(parquetPath: out, temporaries: temporaries)
            case .csv:
                let out = temporaryPath("csv.parquet")
                temporaries.append(out)
                try CSVToParquet.convert(csv: source, to: out, hints: csv.hints, readerOptions: csv.readerOptions)
                return LocalInput(parquetPath: out, temporaries: temporaries)
            }
        } catch {
            for t in temporaries { try? FileManager.default.removeItem(atPath: t) }
            throw error
        }
    }

    func remove() {
        for t in temporaries { try? FileManager.default.removeItem(atPath: t) }
    }

    /// Parquet by its `PAR1` magic; JSON lines by extension (.jsonl, .ndjson, .json) or, for stdin and
    /// unknown extensions, a first non-blank byte `{`; CSV otherwise.
    static func format(of path: String, named name: String) throws -> DataFormat {
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw CodecError.io(path: name, reason: "cannot open for reading")
        }
        defer { try? h.close() }
        return format(head: (try? h.read(upToCount: 4096)) ?? Data(), named: name)
    }

    /// The format of a file whose first bytes are `head` (up to 4 KiB) and whose name is `name`.
    static func format(head: Data, named name: String) -> DataFormat {
        if head.prefix(4) == Data("PAR1".utf8) { return .parquet }
        let lower = name.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") { return .csv }
        let first = head.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        return first == UInt8(ascii: "{") ? .json : .csv
    }

    /// stdin copied to a temporary file (the readers need to read twice: sniff or infer, then read).
    static func stdinCopy() throws -> String {
        let path = temporaryPath("stdin")
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let out = FileHandle(forWritingAtPath: path)
        else { throw CodecError.io(path: path, reason: "cannot create a temporary file for stdin") }
        defer { try? out.close() }
        while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
            try out.write(contentsOf: chunk)
        }
        return path
    }

    static func temporaryPath(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-\(getpid())-\(UUID().uuidString)-\(suffix)"
        ).path
    }
}
