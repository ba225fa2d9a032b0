import ArgumentParser

/// `preview --as P --table D.T`: instead of a filter given on the command line, the grants P holds on D.T in
/// Lake Formation, combined as Lake Formation combines them.
struct PreviewPrincipalOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Show what this principal (IAM role or user ARN) sees, from its Lake Formation grants on --table.",
            valueName: "principal"))
    var `as`: String?

    @Option(help: ArgumentHelp("With --as: the Glue table the files are the data of.", valueName: "database.table"))
    var table: String?

    func validate() throws {
        if table != nil, `as` == nil { throw ValidationError("--table is for --as: give the principal with --as") }
        if `as` != nil, table == nil {
            throw ValidationError("--as needs --table DATABASE.TABLE: the table whose grants apply")
        }
    }
}
