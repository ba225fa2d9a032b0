import AWSCore
import AWSServices
import Foundation
import LakeCodec

/// `ingest snapshot --catalog DB`: one Glue table per exported table, with columns read from the
/// exported Parquet footers rather than by a crawler (which costs money and minutes, and guesses).
/// Idempotent: a table whose columns, location and formats already match is left alone.
struct ExportCatalog: Sendable {
    let client: AWSClient

    var glue: GlueClient { GlueClient(client: client) }
    var s3: S3Client { S3Client(client: client) }

    func ensure(database: String, bucket: String, tables: [ExportedTable], events: @escaping PipelineEventSink)
        async throws
        -> [CatalogedTable]
    {
        let databaseChange = try await ensureDatabase(database)
        events(.step(name: "glue database", detail: database, change: databaseChange))
        var done: [CatalogedTable] = []
        for table in tables {
            guard let sample = table.files.max(by: { $0.size < $1.size }) else { continue }
            let columns = try await columns(bucket: bucket, key: sample.key)
            let location = "s3://\(bucket)/\(table.keyPrefix)"
            let input = GlueTableInput(
                name: table.glueTableName, description: "RDS export of \(table.target)",
                parameters: ["classification": "parquet", "managed-by": "lakectl", "lakectl:source": table.target],
                storageDescriptor: .parquet(columns: columns, location: location), partitionKeys: [])
            let change = try await ensureTable(database: database, input)
            events(.step(name: "glue table", detail: "\(database).\(input.name)", change: change))
            done.append(
                CatalogedTable(
                    database: database, table: input.name, location: location, columns: columns.count, change: change))
        }
        return done
    }

    private func ensureDatabase(_ name: String) async throws -> Change {
        do {
            _ = try await glue.getDatabase(name)
            return .unchanged
        } catch let error as AWSError where error.code == GlueClient.ErrorCode.entityNotFound {
            try await glue.createDatabase(
                GlueDatabaseInput(name: name, description: "Created by lakectl", parameters: ["managed-by": "lakectl"]))
            return .created
        }
    }

    private func ensureTable(database: String, _ input: GlueTableInput) async throws -> Change {
        let existing: GlueTable
        do {
            existing = try await glue.getTable(database: database, name: input.name)
        } catch let error as AWSError where error.code == GlueClient.ErrorCode.entityNotFound {
            try await glue.createTable(database: database, input)
            return .created
        }
        var differs: [String] = []
        let current = existing.storageDescriptor
        let desired = input.storageDescriptor
        if current?.columns ?? [] != desired?.columns ?? [] { differs.append("columns") }
        if current?.location != desired?.location { differs.append("location") }
        if current?.inputFormat != desired?.inputFormat
            || current?.serdeInfo?.serializationLibrary
                != desired?.serdeInfo?.serializationLibrary
        {
            differs.append("format")
        }
        guard !differs.isEmpty else { return .unchanged }
        try await glue.updateTable(database: database, input)
        return .updated(differs)
    }

    /// The Glue columns of one Parquet object: downloaded to a temporary file (part files are one table
    /// slice each, and only the footer is parsed), mapped to Glue types, the file removed again.
    private func columns(bucket: String, key: String) async throws -> [GlueColumn] {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("lakectl-footer-\(UUID().uuidString).parquet").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try await s3.getObject(bucket: bucket, key: key, toFile: path)
        let file = try ParquetFile.open(path)
        return file.schema.root.children.map { GlueColumn(name: $0.name.lowercased(), type: $0.glueType) }
    }
}
