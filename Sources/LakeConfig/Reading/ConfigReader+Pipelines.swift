import Foundation

extension ConfigReader {
    static let workerTypes = ["Standard", "G.025X", "G.1X", "G.2X", "G.4X", "G.8X", "Z.2X"]
    static let compressions = ["UNCOMPRESSED", "GZIP", "SNAPPY", "ZIP", "HADOOP_SNAPPY"]

    mutating func crawler(_ entry: ConfigNode.Entry, _ path: String) -> CrawlerDeclaration? {
        guard
            let set = fields(
                entry.value, path, required: ["database", "targets"], optional: ["schedule", "table_prefix", "role"]),
            let database = reference(set, "database"), let targetsNode = set.node("targets")
        else { return nil }
        let targets = list(targetsNode, set.path("targets")).enumerated().compactMap {
            s3Target($1, "\(set.path("targets"))[\($0)]")
        }
        if case .sequence(let items) = targetsNode.value, items.isEmpty {
            fail(targetsNode.location, set.path("targets"), "the list is empty", expected: "at least one target")
        }
        let schedule = string(set, "schedule")
        if let node = set.node("schedule"), let schedule, !Self.isCron(schedule) {
            fail(node.location, set.path("schedule"), "\"\(schedule)\" is not a schedule", expected: "cron(<6 fields>)")
        }
        return CrawlerDeclaration(
            name: entry.key, database: database, targets: targets, schedule: schedule,
            tablePrefix: string(set, "table_prefix", expected: "a string, possibly empty"), role: role(set),
            location: entry.value.location)
    }

    /// Glue's schedules are `cron(…)` with the six fields of EventBridge cron expressions.
    static func isCron(_ text: String) -> Bool {
        guard text.hasPrefix("cron("), text.hasSuffix(")") else { return false }
        return text.dropFirst(5).dropLast().split(separator: " ").count == 6
    }

    mutating func job(_ entry: ConfigNode.Entry, _ path: String) -> JobDeclaration? {
        guard
            let set = fields(
                entry.value, path, required: ["script", "scripts_location"],
                optional: ["glue_version", "worker_type", "workers", "timeout", "bookmarks", "arguments", "role"]),
            let script = string(set, "script"), let scripts = s3URI(set, "scripts_location")
        else { return nil }
        let version = string(set, "glue_version", expected: "a Glue version in quotes, such as \"4.0\"") ?? "4.0"
        if let node = set.node("glue_version"), !["0.9", "1.0", "2.0", "3.0", "4.0", "5.0"].contains(version) {
            fail(
                node.location, set.path("glue_version"), "\"\(version)\" is not a Glue version",
                expected: "one of 2.0, 3.0, 4.0, 5.0 (quoted)")
        }
        return JobDeclaration(
            name: entry.key, script: script, scriptsLocation: scripts, glueVersion: version,
            workerType: oneOf(set, "worker_type", Self.workerTypes) ?? "G.1X",
            workers: int(set, "workers", range: 1...299) ?? 2, timeoutSeconds: duration(set, "timeout"),
            bookmarks: bool(set, "bookmarks") ?? false,
            arguments: set.node("arguments").map { stringMap($0, set.path("arguments")) } ?? [:], role: role(set),
            location: entry.value.location)
    }

    mutating func stream(_ entry: ConfigNode.Entry, _ path: String) -> StreamDeclaration? {
        guard
            let set = fields(
                entry.value, path, required: ["bucket"],
                optional: ["prefix", "error_prefix", "buffer", "compression", "parquet", "role"]),
            let bucket = reference(set, "bucket")
        else { return nil }
        var bytes: Int64?
        var seconds: Int?
        if let node = set.node("buffer"), let buffer = fields(node, set.path("buffer"), optional: ["size", "interval"])
        {
            bytes = size(buffer, "size")
            seconds = duration(buffer, "interval")
            if let b = bytes, let n = buffer.node("size"),
                !(1_000_000...128_000_000).contains(b) && !(1 << 20...128 << 20).contains(b)
            {
                fail(
                    n.location, buffer.path("size"), "Firehose buffers 1 to 128 MB",
                    expected: "a size from 1MB to 128MB")
            }
            if let s = seconds, let n = buffer.node("interval"), !(0...900).contains(s) {
                fail(
                    n.location, buffer.path("interval"), "Firehose buffers at most 900 seconds",
                    expected: "a duration up to 900s")
            }
        }
        var parquet: StreamDeclaration.ParquetConversion?
        if let node = set.node("parquet"), let p = fields(node, set.path("parquet"), required: ["database", "table"]),
            let database = reference(p, "database"), let table = string(p, "table")
        {
            parquet = StreamDeclaration.ParquetConversion(database: database, table: table)
        }
        return StreamDeclaration(
            name: entry.key, bucket: bucket, prefix: string(set, "prefix"), errorPrefix: string(set, "error_prefix"),
            bufferBytes: bytes, bufferSeconds: seconds,
            compression: oneOf(set, "compression", Self.compressions) ?? "UNCOMPRESSED",
            parquet: parquet, role: role(set), location: entry.value.location)
    }

    mutating func workgroup(_ entry: ConfigNode.Entry, _ path: String) -> WorkgroupDeclaration? {
        guard
            let set = fields(
                entry.value, path, required: ["output"], optional: ["bytes_scanned_cutoff", "enforce_configuration"]),
            let output = s3URI(set, "output")
        else { return nil }
        let cutoff = size(set, "bytes_scanned_cutoff")
        if let cutoff, cutoff < 10_000_000, let node = set.node("bytes_scanned_cutoff") {
            fail(
                node.location, set.path("bytes_scanned_cutoff"), "Athena's smallest cutoff is 10 MB",
                expected: "at least 10MB")
        }
        return WorkgroupDeclaration(
            name: entry.key, output: output, bytesScannedCutoff: cutoff,
            enforceConfiguration: bool(set, "enforce_configuration") ?? true, location: entry.value.location)
    }
}
