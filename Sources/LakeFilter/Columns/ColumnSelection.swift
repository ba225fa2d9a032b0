import LakeCodec

/// The column half of a data cells filter (AWS-NOTES B1): every column, an include list, or an exclude
/// list — never both. Names may reach into structs (`address.city`, or `"address"."zip"` quoted), at
/// most five levels deep as Lake Formation allows.
package enum ColumnSelection: Sendable, Equatable {
    case all
    case include([ColumnReference])
    case exclude([ColumnReference])

    /// Lake Formation's limit on how deep a nested column name may go.
    package static let maxDepth = 5

    /// From the two option lists; giving both is an error, as Lake Formation's API refuses it.
    package static func make(include: [String]?, exclude: [String]?) throws(FilterError) -> ColumnSelection {
        switch (include, exclude) {
        case (let i?, _?) where !i.isEmpty:
            throw FilterError(
                position: 1,
                reason: "a column filter is an include list or an exclude list, never both; drop one of them")
        case (let i?, _) where !i.isEmpty: return .include(try i.map(parseName))
        case (_, let e?) where !e.isEmpty: return .exclude(try e.map(parseName))
        default: return .all
        }
    }

    /// Parses one column name: parts separated by dots, each bare or double-quoted.
    package static func parseName(_ text: String) throws(FilterError) -> ColumnReference {
        var lexer = FilterLexer(text)
        let tokens = try lexer.tokens()
        var path: [String] = []
        var expectPart = true
        for token in tokens {
            switch token.kind {
            case .word(let w) where expectPart: path.append(w)
            case .quotedIdentifier(let q) where expectPart: path.append(q)
            case .symbol(".") where !expectPart:
                expectPart.toggle()
                continue
            case .end where !expectPart: break
            default:
                throw FilterError(
                    position: token.position, reason: "'\(text)' is not a column name (parts separated by dots)")
            }
            expectPart = false
        }
        if path.count > maxDepth {
            throw FilterError(
                position: 1, reason: "'\(text)' is \(path.count) levels deep; Lake Formation allows at most \(maxDepth)"
            )
        }
        return ColumnReference(path, position: 1)
    }

    /// The columns a principal sees, in output order, checked against `schema`.
    package func visibleColumns(of schema: FilterSchema) throws(FilterError) -> [VisibleColumn] {
        switch self {
        case .all:
            return schema.fields.enumerated().map { VisibleColumn(name: $1.name, field: $0, path: [], hidden: []) }
        case .include(let refs):
            var out: [VisibleColumn] = []
            for ref in refs {
                let (index, path) = try Self.resolve(ref, schema)
                out.append(
                    VisibleColumn(
                        name: ([schema.fields[index].name] + path).joined(separator: "."), field: index, path: path,
                        hidden: []))
            }
            return out
        case .exclude(let refs):
            var hidden: [Int: [[String]]] = [:]
            var whole: Set<Int> = []
            for ref in refs {
                let (index, path) = try Self.resolve(ref, schema)
                if path.isEmpty { whole.insert(index) } else { hidden[index, default: []].append(path) }
            }
            let out = schema.fields.enumerated().compactMap { i, f in
                whole.contains(i) ? nil : VisibleColumn(name: f.name, field: i, path: [], hidden: hidden[i] ?? [])
            }
            if out.isEmpty {
                throw FilterError(position: 1, reason: "the exclude list hides every column; nothing would be visible")
            }
            return out
        }
    }

    /// The top-level field index and the nested path (in the schema's spelling) a name refers to.
    private static func resolve(_ ref: ColumnReference, _ schema: FilterSchema) throws(FilterError) -> (Int, [String]) {
        guard let top = schema.field(named: ref.path[0]) else {
            let known = schema.fields.map(\.name).joined(separator: ", ")
            throw FilterError(position: 1, reason: "no column '\(ref.path[0])' in the table (columns: \(known))")
        }
        var type = top.field.type
        var path: [String] = []
        for part in ref.path.dropFirst() {
            guard case .structure(let fields) = type,
                let field = fields.first(where: { $0.name.lowercased() == part.lowercased() })
            else {
                throw FilterError(position: 1, reason: "'\(ref)' names no struct field ('\(part)' not found)")
            }
            path.append(field.name)
            type = field.type
        }
        return (top.index, path)
    }
}
