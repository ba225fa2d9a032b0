/// Every problem found in a lake file, in file order: validation reports them all, not only the first.
package struct LakeFileProblems: Error, Sendable, Equatable, CustomStringConvertible {
    package var errors: [LakeFileProblem]

    package init(_ errors: [LakeFileProblem]) {
        self.errors = errors.sorted {
            ($0.location.file, $0.location.line, $0.location.column) < (
                $1.location.file, $1.location.line, $1.location.column
            )
        }
    }

    package var description: String { errors.map(\.description).joined(separator: "\n") }
}
