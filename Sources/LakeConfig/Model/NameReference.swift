/// A use of a name declared elsewhere in the file (`bucket: lake`), kept with its position so an undeclared
/// name is reported at the line of the reference, not of the declaration.
package struct NameReference: Sendable, Equatable {
    package var name: String
    package var location: SourceLocation
    package var path: String
}
