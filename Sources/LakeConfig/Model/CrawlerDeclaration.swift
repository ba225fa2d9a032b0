/// `crawlers.<name>`: a Glue crawler over declared S3 targets into a declared database.
package struct CrawlerDeclaration: Sendable, Equatable {
    package var name: String
    package var database: NameReference
    package var targets: [S3TargetDeclaration]
    package var schedule: String?
    package var tablePrefix: String?
    package var role: RoleChoice
    package var location: SourceLocation
}
