/// A crawler as `crawl run NAME --create` wants it: one S3 path into one database. `roleArn` nil means
/// "ensure lakectl's least-privilege role for exactly this path" (the policy generators' `glue-crawler`).
package struct CrawlerSpec: Sendable, Equatable {
    package var name: String
    package var database: String
    package var path: S3Location
    package var roleArn: String?
    package var tablePrefix: String?

    package init(name: String, database: String, path: S3Location, roleArn: String? = nil, tablePrefix: String? = nil) {
        self.name = name
        self.database = database
        self.path = path
        self.roleArn = roleArn
        self.tablePrefix = tablePrefix
    }

    /// `s3://bucket/prefix/`, the form Glue stores and compares.
    package var targetPath: String {
        path.prefix.isEmpty ? "s3://\(path.bucket)/" : "s3://\(path.bucket)/\(path.prefix)/"
    }
}
