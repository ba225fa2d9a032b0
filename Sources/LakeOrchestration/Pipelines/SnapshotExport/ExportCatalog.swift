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
            let location = "s3://\(bucket)/\(table.keyPrefix)"
            let schema = try await footerSchema(bucket: bucket, object: sample)
            let definition = GlueTableDefinition(name: table.glueTableName, location: location, schemas: [schema])
            let input = GlueTableInput(
                definition, description: "RDS export of \(table.target)",
                parameters: [
                    Ownership.key: Ownership.value, "lakectl:source": table.target,
                    // The footer read is one file's; the table is all of them.
                    "objectCount": String(table.files.count), "sizeKey": String(table.bytes),
                ])
            let columns = definition.columns
            let step = try await PlannedStep(
                kind: GlueTableResource(glue: glue), desired: .init(database: database, input: input, adopt: adopt))
            entries.append(ExportCatalogPlan.Entry(location: location, columns: columns.count, step: step))
        }
        return ExportCatalogPlan(database: databaseStep, tables: entries)
    }

    /// What inference reads from one Parquet object's footer (columns mapped to Glue types, names lower-cased
    /// as Glue stores them), fetched with ranged GETs: the footer and nothing else of the part file.
    private func footerSchema(bucket: String, object: S3Object) async throws -> FileSchema {
        let url = S3ObjectURL(bucket: bucket, key: object.key)
        let remote = try await RemoteParquetFile.open(S3ByteSource(s3: s3, url: url, size: Int(clamping: object.size)))
        return ParquetSchemaInference.infer(
            file: remote.parquet, path: url.description, sizeInBytes: Int(clamping: object.size))
    }
}
