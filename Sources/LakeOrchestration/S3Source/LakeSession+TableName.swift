/// `preview DB.TABLE`: a Glue table read where its data is, so a table can be previewed by name without
/// knowing (or downloading from) its S3 location.
extension LakeSession {
    /// Whether `text` names a catalog table (`database.table`) rather than a path or an S3 URL: exactly one
    /// dot, no slash, and both parts made of the characters Glue allows in names; `x.parquet` is a file.
    package static func isTableName(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let allowed = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-") }
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed) }
            && !["parquet", "parq"].contains(parts[1].lowercased())
    }
}
