/// `{ bucket: lake, prefix: raw/events/ }`: a place in a declared bucket (crawler targets, LF locations).
package struct S3TargetSpec: Sendable, Equatable {
    package var bucket: Reference
    package var prefix: String
}
