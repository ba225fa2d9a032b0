/// `{ bucket: lake, prefix: raw/events/ }`: a place in a declared bucket (crawler targets, LF locations).
package struct S3TargetDeclaration: Sendable, Equatable {
    package var bucket: NameReference
    package var prefix: String
}
