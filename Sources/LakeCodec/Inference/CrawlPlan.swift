/// What a crawler run over a local folder would produce: the tables, and the files it could not
/// classify (a crawler logs those and moves on rather than failing the run).
package struct CrawlPlan: Sendable, Equatable {
    package var tables: [GlueTableDefinition]
    package var skipped: [Skipped]

    package struct Skipped: Sendable, Equatable {
        package var path: String
        package var reason: String
    }
}

/// A group of files that will become one table: its root folder, the files' schemas, and for each file
/// the folder names between the root and the file (the partition path, empty for files in the root).
struct CrawlUnit: Sendable {
    var root: String
    var schemas: [FileSchema]
    var partitionPaths: [[String]]

    var format: DataFormat { schemas.first?.format ?? .csv }
    var depth: Int { partitionPaths.first?.count ?? 0 }
    var columns: [GlueField] { GlueTableDefinition.mergedColumns(schemas) }
}
