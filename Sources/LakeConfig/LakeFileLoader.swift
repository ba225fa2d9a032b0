import Foundation
import LakeFilter

/// The one entry point for reading a lake file: YAML with positions → typed model → offline checks.
/// Throws every problem found at once (`LakeFileProblems`), in file order.
package enum LakeFileLoader {
    /// Reads and validates the file at `path`. `schemas` are known table schemas by `database.table`,
    /// against which row filters and column lists are checked.
    package static func load(path: String, schemas: [String: FilterSchema] = [:]) throws(LakeFileProblems) -> LakeFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LakeFileProblems([
                LakeFileProblem(
                    location: SourceLocation(file: path, line: 1, column: 1), path: "",
                    problem: "cannot read the file", expected: "a readable lake file (create one with `lakectl init`)")
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LakeFileProblems([
                LakeFileProblem(
                    location: SourceLocation(file: path, line: 1, column: 1), path: "",
                    problem: "the file is not UTF-8",
                    expected: "UTF-8 text")
            ])
        }
        return try parse(text, file: path, schemas: schemas)
    }

    package static func parse(_ text: String, file: String, schemas: [String: FilterSchema] = [:])
        throws(LakeFileProblems)
        -> LakeFile
    {
        guard let root = try YAMLLoader.load(text, file: file) else {
            throw LakeFileProblems([
                LakeFileProblem(
                    location: SourceLocation(file: file, line: 1, column: 1), path: "", problem: "the file is empty",
                    expected: "a mapping with version: 1 and region:")
            ])
        }
        var reader = ConfigReader()
        guard let lake = reader.lakeFile(root) else { throw LakeFileProblems(reader.errors) }
        var references = ReferenceCheck(lake)
        var grants = GrantCheck(file: lake, schemas: schemas)
        let errors = reader.errors + references.run() + grants.run()
        if !errors.isEmpty { throw LakeFileProblems(errors) }
        return lake
    }

    /// The checks that need table schemas (row filters bound to columns, column lists), run again at plan time
    /// with the catalog's columns so a filter naming a column the table lacks stops the plan at its line.
    package static func checkGrants(_ lake: LakeFile, schemas: [String: FilterSchema]) throws(LakeFileProblems) {
        var grants = GrantCheck(file: lake, schemas: schemas)
        let errors = grants.run()
        if !errors.isEmpty { throw LakeFileProblems(errors) }
    }
}
