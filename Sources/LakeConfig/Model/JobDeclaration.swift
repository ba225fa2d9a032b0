/// `jobs.<name>`: a Glue ETL job whose script is uploaded from a path relative to the lake file.
package struct JobDeclaration: Sendable, Equatable {
    package var name: String
    package var script: String
    package var scriptsLocation: String
    package var glueVersion: String
    package var workerType: String
    package var workers: Int
    package var timeoutSeconds: Int?
    package var bookmarks: Bool
    package var arguments: [String: String]
    package var role: RoleChoice
    package var location: SourceLocation
}
