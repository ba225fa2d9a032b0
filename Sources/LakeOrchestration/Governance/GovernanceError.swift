/// Why a governance command refused or failed, said so the user knows what to change.
package enum GovernanceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request itself is inconsistent (options that do not go together, a malformed name).
    case invalidRequest(String)
    /// The row filter does not parse or does not fit the table's columns; nothing was sent.
    case rowFilter(table: String, reason: String)
    /// A column named in the grant is not one of the table's Glue columns; nothing was sent.
    case unknownColumns(table: String, columns: [String])
    case tableNotFound(String)
    case filterNotFound(String)
    /// Lake Formation refused some entries of a batch.
    case partialFailure([String])
    /// An LF-tag key that is not defined.
    case tagNotFound(String)
    /// The principal holds no SELECT on the table, through any grant or filter: it would see nothing.
    case noSelect(principal: String, table: String)
    /// A value that is not one of the tag key's values.
    case tagValueNotAllowed(key: String, value: String, allowed: [String])

    package var description: String {
        switch self {
        case .invalidRequest(let reason): return reason
        case .rowFilter(let table, let reason):
            return "the row filter does not fit table \(table): \(reason); nothing was granted — fix the filter"
        case .unknownColumns(let table, let columns):
            return "table \(table) has no column \(columns.joined(separator: ", ")); nothing was granted — "
                + "see `lakectl catalog describe` for its columns"
        case .tableNotFound(let table):
            return "table \(table) is not in the Glue Data Catalog; check the name or crawl it first"
        case .filterNotFound(let name):
            return "data cells filter \(name) does not exist; `lakectl filter list --table D.T` shows the filters"
        case .partialFailure(let messages):
            return "Lake Formation refused part of the request: " + messages.joined(separator: "; ")
        case .noSelect(let principal, let table):
            return "\(principal) has no SELECT on \(table) (no table, column or data cells filter grant); "
                + "it would see nothing — `lakectl grants --table \(table)` lists who has"
        case .tagNotFound(let key):
            return "LF-tag \(key) is not defined; create it first with `lakectl tag create \(key) --values …`"
        case .tagValueNotAllowed(let key, let value, let allowed):
            return "\(value) is not a value of LF-tag \(key) (its values: \(allowed.joined(separator: ", "))); "
                + "add it with `lakectl tag create \(key) --values …`"
        }
    }
}
