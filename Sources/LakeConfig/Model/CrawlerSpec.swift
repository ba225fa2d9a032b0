/// `crawlers.<name>`: a Glue crawler over declared S3 targets into a declared database.
package struct CrawlerSpec: Sendable, Equatable {
    package var name: String
    package var database: Reference
    package var targets: [S3TargetSpec]
    package var schedule: String?
    package var tablePrefix: String?
    package var role: RoleChoice
    package var location: SourceLocation
}
