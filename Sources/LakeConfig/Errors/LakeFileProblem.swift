/// One problem in the lake file: where (file:line:column), which field (a path such as
/// `teams.analysts.grants[1].row_filter`), what is wrong and what was expected there.
package struct LakeFileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    package var location: SourceLocation
    package var path: String
    package var problem: String
    package var expected: String

    package init(location: SourceLocation, path: String, problem: String, expected: String) {
        self.location = location
        self.path = path
        self.problem = problem
        self.expected = expected
    }

    package var description: String {
        let field = path.isEmpty ? "" : "\(path): "
        return "\(location): \(field)\(problem); expected \(expected)"
    }
}
