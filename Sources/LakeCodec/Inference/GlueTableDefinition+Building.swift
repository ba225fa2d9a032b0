/// Building a table from the schemas of its files: columns merged (`GlueType.merged`), then the storage
/// settings the format calls for.
///
/// - CSV: `LazySimpleSerDe` with `field.delim` (Athena's default text SerDe, which has no quoting). When
///   fields are quoted the Glue docs advise `OpenCSVSerDe` (`separatorChar`, `quoteChar`, `escapeChar`);
///   Athena's OpenCSVSerDe reads DATE and TIMESTAMP only as epoch numbers, so those columns become string.
///   A header adds `skip.header.line.count` = 1.
/// - JSON: `org.openx.data.jsonserde.JsonSerDe` with `paths`, as crawlers write it.
/// - Parquet: `ParquetHiveSerDe` with the Mapred Parquet input/output formats.
/// (https://docs.aws.amazon.com/athena/latest/ug/serde-reference.html)
extension GlueTableDefinition {
    package static let textInputFormat = "org.apache.hadoop.mapred.TextInputFormat"
    package static let textOutputFormat = "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat"
    package static let lazySimpleSerDe = "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"
    package static let openCSVSerDe = "org.apache.hadoop.hive.serde2.OpenCSVSerde"
    package static let jsonSerDe = "org.openx.data.jsonserde.JsonSerDe"
    package static let parquetSerDe = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"
    package static let parquetInputFormat = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat"
    package static let parquetOutputFormat = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat"

    /// Columns of several schemas merged: fields matched by name, types widened, new fields appended.
    /// Headerless CSV files match by position, as their `colN` names do.
    package static func mergedColumns(_ schemas: [FileSchema]) -> [GlueField] {
        schemas.dropFirst().reduce(schemas.first?.columns ?? []) { GlueType.union($0, $1.columns) }
    }

    /// A table over `schemas` (all of one format), rooted at `location`.
    package init(
        name: String, location: String, schemas: [FileSchema], partitionKeys: [GlueField] = [],
        partitions: [Partition] = []
    ) {
        let format = schemas.first?.format ?? .csv
        var columns = Self.mergedColumns(schemas)
        // A partition key that repeats a column name would make CreateTable fail; the column wins its name.
        let keyNames = Set(partitionKeys.map(\.name))
        columns = columns.filter { !keyNames.contains($0.name) }
        let compression = schemas.compactMap(\.compression).first
        var parameters: [(String, String)] = [
            ("classification", format.rawValue),
            ("compressionType", compression ?? "none"),
            ("typeOfData", "file"),
        ]
        var serdeParameters: [(String, String)] = []
        var notes: [String] = []
        var library: String
        var input = Self.textInputFormat
        var output = Self.textOutputFormat
        switch format {
        case .csv:
            let layout = schemas.compactMap(\.csv).first
            let delimiter = String(UnicodeScalar(layout?.delimiter ?? UInt8(ascii: ",")))
            let quoted = schemas.contains { $0.csv?.quoted == true }
            parameters.append(("delimiter", delimiter))
            parameters.append(("areColumnsQuoted", quoted ? "true" : "false"))
            parameters.append(("columnsOrdered", "true"))
            if layout?.hasHeader == true { parameters.append(("skip.header.line.count", "1")) }
            if quoted {
                library = Self.openCSVSerDe
                serdeParameters = [
                    ("separatorChar", delimiter), ("quoteChar", String(UnicodeScalar(layout?.quote ?? 0x22))),
                ]
                if let escape = layout?.escape, escape != layout?.quote {
                    serdeParameters.append(("escapeChar", String(UnicodeScalar(escape))))
                }
                let temporal = columns.filter { $0.type == .date || $0.type == .timestamp }.map(\.name)
                if !temporal.isEmpty {
                    notes.append(
                        "quoted fields need OpenCSVSerDe, which reads DATE and TIMESTAMP only as epoch numbers: "
                            + "\(temporal.joined(separator: ", ")) typed string")
                    columns = columns.map { field in
                        temporal.contains(field.name) ? GlueField(name: field.name, type: .string) : field
                    }
                }
            } else {
                library = Self.lazySimpleSerDe
                serdeParameters = [("field.delim", delimiter)]
            }
        case .json:
            library = Self.jsonSerDe
            serdeParameters = [("paths", columns.map(\.name).joined(separator: ","))]
        case .parquet:
            library = Self.parquetSerDe
            input = Self.parquetInputFormat
            output = Self.parquetOutputFormat
            serdeParameters = [("serialization.format", "1")]
        }
        let size = schemas.reduce(0) { $0.addingReportingOverflow($1.sizeInBytes).partialValue }
        parameters.append(("objectCount", String(schemas.count)))
        parameters.append(("sizeKey", String(size)))
        self.init(
            name: name, location: location, format: format, columns: columns, partitionKeys: partitionKeys,
            partitions: partitions, inputFormat: input, outputFormat: output, serializationLibrary: library,
            serdeParameters: serdeParameters, compressed: compression != nil, parameters: parameters,
            files: schemas.map(\.path), notes: notes)
    }

    /// Glue table names are lower case; the crawler replaces characters Athena cannot use unquoted
    /// (anything but letters, digits and `_`) with `_`.
    package static func sanitizedName(_ raw: String) -> String {
        let mapped = raw.lowercased().unicodeScalars.map { scalar -> Character in
            let v = scalar.value
            let ok = (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
            return ok ? Character(scalar) : "_"
        }
        let name = String(mapped)
        return name.isEmpty ? "table" : name
    }
}
