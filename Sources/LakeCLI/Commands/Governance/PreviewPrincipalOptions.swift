import ArgumentParser

/// `preview --as P --table D.T`: instead of a filter given on the command line, the grants P holds on D.T in
/// Lake Formation (or that the lake file's teams declare, with `--config`), combined as Lake Formation combines
/// them. `--table` defaults to PATH when PATH is the Glue table itself (checked in `runAsPrincipal`).
struct PreviewPrincipalOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Show what this principal (IAM role or user ARN) sees, from its Lake Formation grants on --table"
                + " (with --config: the grants the lake file's teams declare for it, or for a team of that name).",
            valueName: "principal"))
    var `as`: String?

    @Option(
        help: ArgumentHelp(
            "With --as: the Glue table the files are the data of (default: PATH when it is a Glue table DB.TABLE).",
            valueName: "database.table"))
    var table: String?

    func validate() throws {
        if table != nil, `as` == nil { throw ValidationError("--table is for --as: give the principal with --as") }
    }
}
