/// Why an `s3://` argument of a local command could not be read.
package enum RemoteSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// S3 answered a ranged GET with fewer bytes than asked (the object changed while being read).
    case shortRead(url: String, range: String, got: Int)
    /// A prefix with no data objects under it.
    case emptyPrefix(url: String)
    /// A catalog table without an S3 location to read.
    case noLocation(table: String, location: String?)
    /// A command that reads one file was given a prefix holding several data objects.
    case severalObjects(url: String, count: Int, first: [String])
    /// A dataset part that is not one of the objects listed for it (a bug, not the user's input).
    case notListed(url: String)

    package var description: String {
        switch self {
        case .shortRead(let url, let range, let got):
            return "\(url): asked S3 for bytes \(range) and got \(got); did the object change while being read?"
        case .emptyPrefix(let url):
            return "\(url): no objects under this prefix"
        case .noLocation(let table, let location):
            return
                "table \(table) has \(location.map { "the location '\($0)', not an s3:// URL" } ?? "no location") to read"
        case .severalObjects(let url, let count, let first):
            return "\(url) is a prefix with \(count) data objects (\(first.joined(separator: ", "))…); "
                + "this command reads one: give its full key (preview, schema infer and crawl --dry-run read them all)"
        case .notListed(let url):
            return "\(url) is not one of the objects listed for this table; it was not read"
        }
    }
}
