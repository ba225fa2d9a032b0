import LakeCodec

/// The `inspect` report as output values (for `--output json`) and as text for people.
enum ParquetInspectOutput {
    static func json(_ f: ParquetFile) -> OutputValue {
        let m = f.metadata
        return .object([
            ("path", .string(f.path)),
            ("size", .int(Int64(f.fileSize))),
            ("created_by", m.createdBy.map(OutputValue.string) ?? .null),
            ("format_version", .int(Int64(m.version))),
            ("num_rows", .int(f.rowCountFromRowGroups)),
            ("footer_num_rows", .int(m.numRows)),
            ("key_value_metadata", .object(m.keyValueMetadata.map { ($0.key, $0.value.map(OutputValue.string) ?? .null) })),
            ("schema", .array(f.schema.root.children.map(node))),
            ("row_groups", .array((0..<f.rowGroupCount).map { rowGroup(f, $0) })),
        ])
    }

    static func node(_ n: SchemaNode) -> OutputValue {
        var fields: [(String, OutputValue)] = [
            ("name", .string(n.name)),
            ("repetition", .string(n.repetition.name)),
            ("arrow_type", .string(n.arrowType)),
        ]
        if let p = n.physicalTypeText { fields.append(("physical_type", .string(p))) }
        if let a = n.annotation { fields.append(("logical_type", .string(a))) }
        if n.leafIndex != nil {
            fields.append(("max_definition_level", .int(Int64(n.maxDefinitionLevel))))
            fields.append(("max_repetition_level", .int(Int64(n.maxRepetitionLevel))))
        } else {
            fields.append(("children", .array(n.children.map(node))))
        }
        return .object(fields)
    }

    static func rowGroup(_ f: ParquetFile, _ i: Int) -> OutputValue {
        let g = f.metadata.rowGroups[i]
        return .object([
            ("index", .int(Int64(i))),
            ("num_rows", .int(g.numRows)),
            ("total_byte_size", .int(g.totalByteSize)),
            ("columns", .array(f.chunkSummaries(rowGroup: i).map(chunk))),
        ])
    }

    static func chunk(_ c: ParquetFile.ChunkSummary) -> OutputValue {
        func opt(_ v: Int64?) -> OutputValue { v.map(OutputValue.int) ?? .null }
        return .object([
            ("path", .string(c.path)),
            ("physical_type", .string(c.physicalType)),
            ("codec", .string(c.codec)),
            ("encodings", .array(c.encodings.map(OutputValue.string))),
            ("compressed_size", .int(c.compressedSize)),
            ("uncompressed_size", .int(c.uncompressedSize)),
            ("num_values", .int(c.valueCount)),
            ("null_count", opt(c.nullCount)),
            ("distinct_count", opt(c.distinctCount)),
            ("min", c.min.map(ParquetValueOutput.output) ?? .null),
            ("max", c.max.map(ParquetValueOutput.output) ?? .null),
            ("data_page_offset", .int(c.dataPageOffset)),
            ("dictionary_page_offset", opt(c.dictionaryPageOffset)),
            ("column_index_offset", opt(c.columnIndexOffset)),
            ("offset_index_offset", opt(c.offsetIndexOffset)),
            ("bloom_filter_offset", opt(c.bloomFilterOffset)),
            ("page_encoding_stats", .array(c.encodingStats.map(OutputValue.string))),
        ])
    }

    static func text(_ f: ParquetFile) -> String {
        let m = f.metadata
        var lines: [String] = []
        lines.append("file:        \(f.path) (\(f.fileSize) bytes)")
        lines.append("created by:  \(m.createdBy ?? "(unknown)")")
        lines.append("rows:        \(f.rowCountFromRowGroups) in \(f.rowGroupCount) row group(s), format version \(m.version)")
        if !m.keyValueMetadata.isEmpty {
            lines.append("metadata:")
            for kv in m.keyValueMetadata {
                let v = kv.value ?? "(null)"
                lines.append("  \(kv.key) = \(v.count > 80 ? String(v.prefix(77)) + "..." : v)")
            }
        }
        lines.append("schema:")
        for n in f.schema.root.children { tree(n, depth: 1, into: &lines) }
        for i in 0..<f.rowGroupCount {
            let g = f.metadata.rowGroups[i]
            lines.append("")
            lines.append("row group \(i): \(g.numRows) rows, \(g.totalByteSize) bytes")
            let header = ["column", "type", "codec", "encodings", "compressed", "uncompressed", "values", "nulls", "min", "max"]
            let rows = f.chunkSummaries(rowGroup: i).map { c -> [String] in
                [c.path, c.physicalType, c.codec, c.encodings.joined(separator: ","), String(c.compressedSize),
                 String(c.uncompressedSize), String(c.valueCount), c.nullCount.map(String.init) ?? "",
                 cell(c.min), cell(c.max)]
            }
            lines.append(TableWriter.render(header: header, rows: rows))
        }
        return lines.joined(separator: "\n")
    }

    private static func cell(_ v: Value?) -> String {
        guard let v else { return "" }
        let t = ParquetValueOutput.output(v).cellText
        return t.count > 24 ? String(t.prefix(21)) + "..." : t
    }

    private static func tree(_ n: SchemaNode, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        var desc = "\(indent)\(n.repetition.name) "
        desc += n.physicalTypeText.map { "\($0) " } ?? "group "
        desc += n.name
        if let a = n.annotation { desc += " (\(a))" }
        if n.leafIndex != nil {
            desc += "  → \(n.arrowType)  [def \(n.maxDefinitionLevel), rep \(n.maxRepetitionLevel)]"
        }
        lines.append(desc)
        for c in n.children { tree(c, depth: depth + 1, into: &lines) }
    }
}
