import AWSCore
import AWSServices
import Foundation
import LakeCodec

/// `ingest snapshot --catalog DB`: one Glue table per exported table, with columns read from the
/// exported Parquet footers rather than by a crawler (which costs money and minutes, and guesses).
/// Planned first, for every table, so a table lakectl does not own stops the run before any write.
struct ExportCatalog: Sendable {
    let client: AWSClient

    var glue: GlueClient { GlueClient(client: client) }
    var s3: S3Client { S3Client(client: client) }

    /// Reads the footers and the live catalog; writes nothing.
    func plan(database: String, bucket: String, tables: [ExportedTable], adopt: Bool) async throws
        -> ExportCatalogPlan
    {
        let databaseStep = try await PlannedStep(kind: GlueDatabaseResource(glue: glue), desired: .init(name: database))
        var entries: [ExportCatalogPlan.Entry] = []
        for table in tables {
            guard let sample = table.files.max(by: { $0.size < $1.size }) else { continue }
            let columns = try await columns(bucket: bucket, key: sample.key)
            let location = "s3://\(bucket)/\(table.keyPrefix)"
            let input = GlueTableInput(
                name: table.glueTableName, description: "RDS export of \(table.target)",
                parameters: [
                    "classification": "parquet", Ownership.key: Ownership.value, "lakectl:source": table.target,
                ],
                storageDescriptor: .parquet(columns: columns, location: location), partitionKeys: [])
            let step = try await PlannedStep(
                kind: GlueTableResource(glue: glue), desired: .init(database: database, input: input, adopt: adopt))
            entries.append(ExportCatalogPlan.Entry(location: location, columns: columns.count, step: step))
        }
        return ExportCatalogPlan(database: databaseStep, tables: entries)
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
