/// The column half of a grant: every column, only these, or all but these (never both lists: the API refuses it).
package enum ColumnSpec: Sendable, Hashable {
    case all
    case include([String])
    case exclude([String])

    package var description: String {
        switch self {
        case .all: return "*"
        case .include(let names): return names.joined(separator: ",")
        case .exclude(let names): return "* except " + names.joined(separator: ",")
        }
    }
}
