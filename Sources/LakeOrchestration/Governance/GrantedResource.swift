/// A grant's resource in lakectl's normal form: SELECT on all columns of a table is a table grant, however Lake
/// Formation lists it (AWS-NOTES A4: it may answer Table or TableWithColumns with a column wildcard).
package enum GrantedResource: Sendable, Hashable, Comparable {
    case catalog
    case database(String)
    /// `name` is `*` for every table of the database.
    case table(database: String, name: String)
    case columns(database: String, table: String, ColumnSpec)
    case filter(database: String, table: String, name: String)
    case dataLocation(String)
    /// Every database or table (`resourceType`) matching an LF-tag expression, written `KEY=V1,V2;KEY2=V`.
    case tagPolicy(resourceType: String, expression: String)
    /// A resource kind lakectl does not model (LF-tags …), kept so listing shows it.
    case other(String)

    /// The table this resource belongs to, as `D.T`.
    package var tableName: String? {
        switch self {
        case .table(let d, let t), .columns(let d, let t, _), .filter(let d, let t, _): return "\(d).\(t)"
        default: return nil
        }
    }

    package var databaseName: String? {
        switch self {
        case .database(let d), .table(let d, _), .columns(let d, _, _), .filter(let d, _, _): return d
        default: return nil
        }
    }

    package var kind: String {
        switch self {
        case .catalog: return "catalog"
        case .database: return "database"
        case .table: return "table"
        case .columns: return "columns"
        case .filter: return "filter"
        case .dataLocation: return "location"
        case .tagPolicy: return "tag-policy"
        case .other: return "other"
        }
    }

    package var name: String {
        switch self {
        case .catalog: return "catalog"
        case .database(let d): return d
        case .table(let d, let t): return "\(d).\(t)"
        case .columns(let d, let t, let spec): return "\(d).\(t) (\(spec.description))"
        case .filter(let d, let t, let n): return "\(d).\(t)/\(n)"
        case .dataLocation(let arn): return arn
        case .tagPolicy(let type, let expression): return "\(type.lowercased())s tagged \(expression)"
        case .other(let text): return text
        }
    }

    package static func < (a: GrantedResource, b: GrantedResource) -> Bool {
        (a.kind, a.name) < (b.kind, b.name)
    }
}
