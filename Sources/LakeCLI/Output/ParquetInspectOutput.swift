import LakeCodec

/// The `inspect` report as output values (for `--output json`) and as text for people.
enum ParquetInspectOutput {
    static func json(_ f: ParquetFile) -> OutputValue {
        let m = f.metadata
        return .object([
            ("path", .string(f.path)),
            ("size", .int(Int64(f.fileSize))),
            ("createdBy", m.createdBy.map(OutputValue.string) ?? .null),
            ("formatVersion", .int(Int64(m.version))),
            ("numRows", .int(f.rowCountFromRowGroups)),
            ("footerNumRows", .int(m.numRows)),
            ("columnOrdersDefined", .bool(m.columnOrdersDefined)),
            (
                "keyValueMetadata",
                .object(m.keyValueMetadata.map { ($0.key, $0.value.map(OutputValue.string) ?? .null) })
            ),
            ("schema", .array(f.schema.root.children.map(node))),
            ("rowGroups", .array((0..<f.rowGroupCount).map { rowGroup(f, $0) })),
        ])
    }

    static func node(_ n: SchemaNode) -> OutputValue {
        var fields: [(String, OutputValue)] = [
            ("name", .string(n.name)),
            ("repetition", .string(n.repetition.name)),
            ("arrowType", .string(n.arrowType)),
        ]
        if let p = n.physicalTypeText { fields.append(("physicalType", .string(p))) }
        if let a = n.annotation { fields.append(("logicalType", .string(a))) }
        if n.leafIndex != nil {
            fields.append(("maxDefinitionLevel", .int(Int64(n.maxDefinitionLevel))))
            fields.append(("maxRepetitionLevel", .int(Int64(n.maxRepetitionLevel))))
        } else {
            fields.append(("children", .array(n.children.map(node))))
        }
        return .object(fields)
    }

    static func rowGroup(_ f: ParquetFile, _ i: Int) -> OutputValue {
        let g = f.metadata.rowGroups[i]
        return .object([
            ("index", .int(Int64(i))),
            ("numRows", .int(g.numRows)),
            ("totalByteSize", .int(g.totalByteSize)),
            (
                "sortingColumns",
                .array(
                    g.sortingColumns.map { sc in
                        .object([
                            (
                                "column",
                                .string(
                                    sc.columnIndex >= 0 && Int(sc.columnIndex) < f.schema.columns.count
                                        ? f.schema.columns[Int(sc.columnIndex)].dottedPath : "#\(sc.columnIndex)")
                            ),
                            ("descending", .bool(sc.descending)), ("nullsFirst", .bool(sc.nullsFirst)),
                        ])
                    })
            ),
            ("columns", .array(f.chunkSummaries(rowGroup: i).map(chunk))),
        ])
    }

    static func chunk(_ c: ParquetFile.ChunkSummary) -> OutputValue {
        func opt(_ v: Int64?) -> OutputValue { v.map(OutputValue.int) ?? .null }
        func opt32(_ v: Int32?) -> OutputValue { v.map { OutputValue.int(Int64($0)) } ?? .null }
        func value(_ v: Value?) -> OutputValue { v.map(ParquetValueOutput.output) ?? .null }
        func flag(_ v: Bool?) -> OutputValue { v.map(OutputValue.bool) ?? .null }
        var fields: [(String, OutputValue)] = []
        fields.append(("path", .string(c.path)))
        fields.append(("physicalType", .string(c.physicalType)))
        fields.append(("codec", .string(c.codec)))
        fields.append(("encodings", .array(c.encodings.map(OutputValue.string))))
        fields.append(("compressedSize", .int(c.compressedSize)))
        fields.append(("uncompressedSize", .int(c.uncompressedSize)))
        fields.append(("numValues", .int(c.valueCount)))
        fields.append(("nullCount", opt(c.nullCount)))
        fields.append(("distinctCount", opt(c.distinctCount)))
        fields.append(("min", value(c.min)))
        fields.append(("max", value(c.max)))
        fields.append(("isMinValueExact", flag(c.isMinExact)))
        fields.append(("isMaxValueExact", flag(c.isMaxExact)))
        fields.append(("legacyMin", value(c.legacyMin)))
        fields.append(("legacyMax", value(c.legacyMax)))
        fields.append(("dataPageOffset", .int(c.dataPageOffset)))
        fields.append(("dictionaryPageOffset", opt(c.dictionaryPageOffset)))
        fields.append(("columnIndexOffset", opt(c.columnIndexOffset)))
        fields.append(("columnIndexLength", opt32(c.columnIndexLength)))
        fields.append(("offsetIndexOffset", opt(c.offsetIndexOffset)))
        fields.append(("offsetIndexLength", opt32(c.offsetIndexLength)))
        fields.append(("bloomFilterOffset", opt(c.bloomFilterOffset)))
        fields.append(("bloomFilterLength", opt32(c.bloomFilterLength)))
        fields.append(("pageEncodingStats", .array(c.encodingStats.map(OutputValue.string))))
        let kv: [(String, OutputValue)] = c.keyValueMetadata.map { ($0.key, $0.value.map(OutputValue.string) ?? .null) }
        fields.append(("keyValueMetadata", .object(kv)))
        return .object(fields)
    }

    static func text(_ f: ParquetFile) -> String {
        let m = f.metadata
        var lines: [String] = []
        lines.append("file:        \(f.path) (\(f.fileSize) bytes)")
        lines.append("created by:  \(m.createdBy ?? "(unknown)")")
        lines.append(
            "rows:        \(f.rowCountFromRowGroups) in \(f.rowGroupCount) row group(s), format version \(m.version)")
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
            let header = [
                "column", "type", "codec", "encodings", "compressed", "uncompressed", "values", "nulls", "min", "max",
            ]
            let rows = f.chunkSummaries(rowGroup: i).map { c -> [String] in
                [
                    c.path, c.physicalType, c.codec, c.encodings.joined(separator: ","), String(c.compressedSize),
                    String(c.uncompressedSize), String(c.valueCount), c.nullCount.map(String.init) ?? "",
                    cell(c.min), cell(c.max),
                ]
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
