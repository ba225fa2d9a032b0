import ArgumentParser
import LakeCodec
import LakeFilter

/// `cat --where`: each condition in Lake Formation's row-filter grammar (the one implementation `preview`
/// and grants use), several ANDed, bound against the file's columns; dates and timestamps may also be
/// compared here, with `'YYYY-MM-DD[ HH:MM:SS]'` strings. A condition that cannot be used is shown with a
/// caret under the position the error names, exit 64.
enum CatWhere {
    static func bind(_ texts: [String], schema: FilterSchema) throws -> BoundFilter? {
        let binder = FilterBinder(schema: schema, allowsDatesAndTimestamps: true)
        var combined: FilterExpression?
        for text in texts {
            do throws(FilterError) {
                let expression = try FilterExpression.parse(text)
                _ = try binder.bind(expression)
                combined = combined.map { .and($0, expression) } ?? expression
            } catch {
                let caret = String(repeating: " ", count: max(0, error.position - 1)) + "^"
                StandardStreams.err("lakectl: error: --where: \(error)\n  \(text)\n  \(caret)")
                throw ExitCode(64)
            }
        }
        guard let combined else { return nil }
        return try binder.bind(combined)
    }
}

extension CatWhere {
    /// The file's top-level columns as a filter binds against them (Glue types, no partitions), read
    /// from the footer so a local file and an `s3://` object bind the same way.
    static func schema(of parquet: ParquetFile) throws -> FilterSchema {
        let fields = try parquet.schema.root.children.map { node in
            guard let type = GlueType(parsing: node.glueType) else {
                throw CodecError.unsupported(what: "column '\(node.name)' has type \(node.glueType)")
            }
            return GlueField(name: node.name, type: type)
        }
        return FilterSchema(fields: fields, partitionKeys: [])
    }
}
