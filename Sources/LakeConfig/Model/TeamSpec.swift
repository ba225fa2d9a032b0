/// `teams.<name>`: principals and what they may do.
package struct TeamSpec: Sendable, Equatable {
    package var name: String
    package var principals: [String]
    package var grants: [GrantSpec]
    package var location: SourceLocation
}
