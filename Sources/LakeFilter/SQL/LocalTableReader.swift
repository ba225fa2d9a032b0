import Foundation
import LakeCodec

/// The one place local SQL reads files: a Parquet file or a folder of them (through `ParquetDataset`,
/// so Hive `key=value` folders become columns), or a CSV / JSON lines file (converted first, with the
/// types `convert` infers, into a temporary Parquet file removed afterwards). Parquet is read through
/// the codec's columnar `ParquetFile.scan`, which applies the WHERE conjuncts it can handle exactly.
package enum LocalTableReader {
    /// The data format of a file: Parquet by its `PAR1` magic, JSON lines by extension (.jsonl, .ndjson,
    /// .json) or a first byte `{`, CSV otherwise.
    package enum Format: Sendable, Equatable {
        case parquet, csv, jsonLines
    }

    package static func format(of path: String) throws -> Format {
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw CodecError.io(path: path, reason: "cannot open for reading")
        }
        defer { try? h.close() }
        let head = (try? h.read(upToCount: 4096)) ?? Data()
        if head.prefix(4) == Data("PAR1".utf8) { return .parquet }
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return .jsonLines }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") { return .csv }
        let first = head.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        return first == UInt8(ascii: "{") ? .jsonLines : .csv
    }

    /// A dataset opened from a path, and the temporary Parquet file it was converted into (if any),
    /// which `remove()` deletes.
    package struct Opened: Sendable {
        package var dataset: ParquetDataset
        package var temporary: String?

        package func remove() {
            if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
        }
    }

    /// The dataset a binding names: the one it carries (remote objects, opened by the caller), else its path
    /// opened as `open(_:)` opens it.
    package static func open(_ binding: LocalSQL.Binding) throws -> Opened {
        if let dataset = binding.dataset { return Opened(dataset: dataset, temporary: nil) }
        return try open(binding.path)
    }

    /// Opens `path` as a dataset: a folder of Parquet files or a Parquet file as is, a CSV or JSON lines
    /// file converted into a temporary Parquet file first.
    package static func open(_ path: String) throws -> Opened {
        guard let entry = LocalPath.entry(path) else {
            throw CodecError.io(path: path, reason: "no such file or folder")
        }
        if entry.isDirectory {
            if let converted = try convertedFolder(path) {
                do {
                    return Opened(dataset: try ParquetDataset.open(converted), temporary: converted)
                } catch {
                    try? FileManager.default.removeItem(atPath: converted)
                    throw error
                }
            }
            return Opened(dataset: try ParquetDataset.open(path), temporary: nil)
        }
        let format = try format(of: path)
        if format == .parquet { return Opened(dataset: try ParquetDataset.open(path), temporary: nil) }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-\(getpid())-\(UUID().uuidString).parquet"
        ).path
        do {
            if format == .csv {
                try CSVToParquet.convert(csv: path, to: temporary)
            } else {
                try JSONLinesToParquet.convert(jsonLines: path, to: temporary)
            }
            return Opened(dataset: try ParquetDataset.open(temporary), temporary: temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// A folder with no Parquet files but CSV or JSON lines files: each converted into a temporary folder
    /// of the same shape (so Hive `key=value` folders still become columns), whose path is returned;
    /// nil when the folder holds Parquet files (read as they are) or nothing convertible.
    private static func convertedFolder(_ path: String) throws -> String? {
        var files: [(relative: String, format: Format)] = []
        var hasParquet = false
        func walk(_ folder: String, _ relative: String) throws {
            for e in try LocalPath.list(folder) where !e.name.hasPrefix(".") && !e.name.hasPrefix("_") {
                let child = LocalPath.join(folder, e.name)
                let rel = relative.isEmpty ? e.name : relative + "/" + e.name
                if e.isDirectory {
                    try walk(child, rel)
                } else if e.name.hasSuffix(".parquet") {
                    hasParquet = true
                } else {
                    let lower = e.name.lowercased()
                    if [".csv", ".tsv"].contains(where: lower.hasSuffix) { files.append((rel, .csv)) }
                    if [".jsonl", ".ndjson", ".json"].contains(where: lower.hasSuffix) {
                        files.append((rel, .jsonLines))
                    }
                }
            }
        }
        try walk(path, "")
        if hasParquet || files.isEmpty { return nil }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-\(getpid())-\(UUID().uuidString)"
        ).path
        do {
            for file in files {
                let out = root + "/" + file.relative + ".parquet"
                let folder = String(out[..<(out.lastIndex(of: "/") ?? out.endIndex)])
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let source = LocalPath.join(path, file.relative)
                if file.format == .csv {
                    try CSVToParquet.convert(csv: source, to: out)
                } else {
                    try JSONLinesToParquet.convert(jsonLines: source, to: out)
                }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: root)
            throw error
        }
        return root
    }

    /// `body` on the dataset `binding` names, the temporary file (if any) removed afterwards.
    package static func withDataset<T>(_ binding: LocalSQL.Binding, _ body: (ParquetDataset) throws -> T) throws -> T {
        let opened = try open(binding)
        defer { opened.remove() }
        return try body(opened.dataset)
    }

    /// The table at `path`, typed for local SQL: every column, or only those named in `only` (lower-case).
    package static func load(_ path: String, only: Set<String>? = nil) throws -> SQLTable {
        try load(LocalSQL.Binding(name: path, path: path), only: only)
    }

    /// The table `binding` names, typed for local SQL: every column, or only those in `only` (lower-case).
    package static func load(_ binding: LocalSQL.Binding, only: Set<String>? = nil) throws -> SQLTable {
        try withDataset(binding) { dataset in
            let columns = columns(dataset, only: only)
            var rows: [[SQLValue]] = []
            try scan(dataset, only: only) { rows += try SQLTable.rows($0, count: $1) }
            return SQLTable(columns: columns, rows: rows)
        }
    }

    /// The table at `path` read chunk by chunk each time the query engine asks, for a query's first
    /// table: Parquet files and folders are read in place, nothing held between chunks; CSV and JSON
    /// lines (converted first) are loaded once instead.
    ///
    /// `predicates` (conjuncts every row the query keeps satisfies) go to the codec's scan when they
    /// compare an integer file column: row groups their statistics rule out are skipped, and failing
    /// rows are dropped before the other columns are decoded. Others are ignored (the engine still
    /// evaluates the whole WHERE).
    package static func streaming(
        _ path: String, only: Set<String>? = nil, predicates: [RowGroupPredicate] = []
    ) throws -> SQLTable {
        try streaming(LocalSQL.Binding(name: path, path: path), only: only, predicates: predicates)
    }

    /// `streaming(_:only:predicates:)` on the dataset `binding` names.
    package static func streaming(
        _ binding: LocalSQL.Binding, only: Set<String>? = nil, predicates: [RowGroupPredicate] = []
    ) throws -> SQLTable {
        let opened = try open(binding)
        if opened.temporary != nil {
            defer { opened.remove() }
            let columns = columns(opened.dataset, only: only)
            var rows: [[SQLValue]] = []
            try scan(opened.dataset, only: only) { rows += try SQLTable.rows($0, count: $1) }
            return SQLTable(columns: columns, rows: rows)
        }
        let dataset = opened.dataset
        var table = SQLTable(columns: columns(dataset, only: only), rows: [])
        let pushed = exact(predicates, dataset)
        table.reader = { body in try scan(dataset, only: only, predicates: pushed, body) }
        return table
    }

    private static func columns(_ dataset: ParquetDataset, only: Set<String>?) -> [SQLTable.Column] {
        let fields = dataset.fileFields + dataset.partitionKeys
        return fields.filter { only?.contains($0.name.lowercased()) ?? true }.map {
            SQLTable.Column(name: $0.name, type: SQLType(glue: $0.type))
        }
    }

    /// The predicates on integer file columns (not partitions), named as the file names them: for these
    /// the codec's comparison is SQL's; decimals (ordered through `Double`), doubles (statistics omit
    /// NaN) and strings (legacy signed-byte statistics) are left to the engine.
    private static func exact(_ predicates: [RowGroupPredicate], _ dataset: ParquetDataset) -> [RowGroupPredicate] {
        let integers: Set<SQLType> = [.tinyint, .smallint, .integer, .bigint]
        return predicates.compactMap { p in
            guard
                let field = dataset.fileFields.first(where: { $0.name.lowercased() == p.column.lowercased() }),
                integers.contains(SQLType(glue: field.type))
            else { return nil }
            return RowGroupPredicate(column: field.name, comparison: p.comparison, literal: p.literal)
        }
    }

    /// Reads the dataset through the codec's columnar scan, handing `body` each batch as columns. Only the
    /// chosen columns are decoded, and only for rows passing `predicates`; partition values come from
    /// the folder names.
    private static func scan(
        _ dataset: ParquetDataset, only: Set<String>?, predicates: [RowGroupPredicate] = [],
        _ body: (_ columns: [SQLColumnChunk], _ rowCount: Int) throws -> Void
    ) throws {
        let fields = dataset.fileFields + dataset.partitionKeys
        let chosen = fields.indices.filter { only?.contains(fields[$0].name.lowercased()) ?? true }
        let types = chosen.map { SQLType(glue: fields[$0].type) }
        let fileCount = dataset.fileFields.count
        let wanted = chosen.filter { $0 < fileCount }
        for part in dataset.parts {
            let file = try dataset.openPart(
                part, columns: wanted.map { dataset.fileFields[$0].name }, predicates: predicates)
            let children = file.schema.root.children
            let nodes = wanted.map { children[$0] }
            let partitions = try chosen.indices.filter { chosen[$0] >= fileCount }.map {
                (try SQLValue(.string(part.partitionValues[chosen[$0] - fileCount]), as: types[$0]), types[$0])
            }
            if nodes.isEmpty {
                // No column read (count(*)): the row counts come from the footer.
                for group in 0..<file.rowGroupCount {
                    let n = Int(file.metadata.rowGroups[group].numRows)
                    try body(partitions.map { SQLColumnChunk.constant($0, as: $1, count: n) }, n)
                }
                continue
            }
            let named = dataset.named(predicates, in: file)
            var options = ScanOptions(columns: nodes.map(\.name), predicates: named, batchRows: 65536)
            options.keepsDictionaryStrings = true
            try file.scan(options) { batch in
                let columns = batch.columns.indices.map { SQLColumnChunk.scan(batch.columns[$0], as: types[$0]) }
                let constants = partitions.map { SQLColumnChunk.constant($0, as: $1, count: batch.rowCount) }
                try body(columns + constants, batch.rowCount)
                return true
            }
        }
    }
}
