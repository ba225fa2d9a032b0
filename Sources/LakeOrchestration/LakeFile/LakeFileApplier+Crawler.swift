import AWSCore
import AWSServices

extension LakeFileApplier {
    /// Ensures the crawler's role (for `role: auto`: the generated policy for exactly its targets and their buckets'
    /// keys), then creates the crawler or updates it to the file's definition. Each part finds what a retried call
    /// already made, so re-running apply converges. The crawler is defined, not run: `crawl run` or its schedule
    /// runs it.
    func ensureCrawler(
        name: String, database: String, paths: [String], schedule: String?, tablePrefix: String?, role: String?,
        tags: [String: String]
    ) async throws {
        let glue = GlueClient(client: client)
        var roleArn = role ?? ""
        if role == nil {
            let iam = IAMResources(iam: IAMClient(client: client)).tagged(tags)
            let roleName = CrawlPipeline.roleName(crawler: name)
            let policy = try await iam.ensureManagedPolicy(
                name: roleName, document: try await LakeFileGeneratedPolicies(client: client).crawler(paths: paths),
                description: "Glue crawler \(name) reading \(paths.joined(separator: ", ")) (lakectl)")
            roleArn = try await iam.ensureRole(
                name: roleName, trust: TrustPolicy.service(PolicyPurpose.glueCrawler.servicePrincipal ?? ""),
                attach: [policy.arn], description: "Glue crawler role for \(name) (lakectl)"
            ).arn
        }
        var input = GlueCrawlerInput(
            name: name, role: roleArn, databaseName: database,
            targets: GlueCrawlerTargets(s3Targets: paths.map { GlueS3Target(path: $0) }),
            tablePrefix: tablePrefix, description: "Crawls \(paths.joined(separator: ", ")) (lakectl)",
            tags: tags.merging([Ownership.key: Ownership.value]) { _, owned in owned }, schedule: schedule)
        do {
            try await glue.createCrawler(input)
            return
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.alreadyExists) {
            // Defined before (a retried create, or an update): UpdateCrawler sets it to exactly the file's definition.
        }
        // "" takes away a table prefix or schedule the file no longer declares (nil would leave it).
        input.tablePrefix = tablePrefix ?? ""
        input.schedule = schedule ?? ""
        try await glue.updateCrawler(input)
    }
}
