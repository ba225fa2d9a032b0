/// `teams.<name>`: principals and what they may do.
package struct TeamDeclaration: Sendable, Equatable {
    package var name: String
    package var principals: [String]
    package var grants: [GrantDeclaration]
    package var location: SourceLocation
}
