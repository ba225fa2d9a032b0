/// `databases.<name>`: a Glue database (the local name is the Glue name).
package struct DatabaseDeclaration: Sendable, Equatable {
    package var name: String
    package var description: String?
    package var locationURI: String?
    package var location: SourceLocation
}
