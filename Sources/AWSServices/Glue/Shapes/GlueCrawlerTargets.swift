/// Where a crawler looks (API_CrawlerTargets); lakectl crawls S3 paths only.
package struct GlueCrawlerTargets: Codable, Sendable, Equatable {
    package var s3Targets: [GlueS3Target]?

    package init(s3Targets: [GlueS3Target]?) {
        self.s3Targets = s3Targets
    }

    enum CodingKeys: String, CodingKey {
        case s3Targets = "S3Targets"
    }
}

/// One S3 path a crawler walks (API_S3Target), with glob exclusions relative to it.
package struct GlueS3Target: Codable, Sendable, Equatable {
    package var path: String
    package var exclusions: [String]?

    package init(path: String, exclusions: [String]? = nil) {
        self.path = path
        self.exclusions = exclusions
    }

    enum CodingKeys: String, CodingKey {
        case path = "Path", exclusions = "Exclusions"
    }
}
