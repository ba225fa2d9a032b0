/// `streams.<name>`: a Firehose DirectPut stream into a declared bucket, optionally converting to Parquet.
package struct StreamDeclaration: Sendable, Equatable {
    package struct ParquetConversion: Sendable, Equatable {
        package var database: NameReference
        package var table: String
    }

    package var name: String
    package var bucket: NameReference
    package var prefix: String?
    package var errorPrefix: String?
    package var bufferBytes: Int64?
    package var bufferSeconds: Int?
    package var compression: String
    package var parquet: ParquetConversion?
    package var role: RoleChoice
    package var location: SourceLocation
}
