import AWSCore
import AWSServices
import Foundation

/// `lakectl crawl run|status`: ensures a crawler (and its least-privilege role), starts a crawl — or waits
/// for the one already running — polls until the crawler is READY, and compares the catalog before and
/// after. Cancelling the waiting task (Ctrl-C) asks Glue to stop the crawl.
package struct CrawlPipeline: Sendable {
    let glue: GlueClient
    let s3: S3Client
    let kms: KMSClient
    let iam: IAMResources
    let clock: any AWSClock
    /// Seconds between GetCrawler polls, and how many polls before giving up.
    package var poll: (seconds: Double, attempts: Int) = (5, 720)

    package init(client: AWSClient, clock: any AWSClock = SystemClock()) {
        glue = GlueClient(client: client)
        s3 = S3Client(client: client)
        kms = KMSClient(client: client)
        iam = IAMResources(iam: IAMClient(client: client))
        self.clock = clock
    }

    package init(session: LakeSession, clock: any AWSClock = SystemClock()) {
        self.init(client: session.client, clock: clock)
    }

    /// The role (and its policy) lakectl makes for a crawler with `--role auto`.
    package static func roleName(crawler: String) -> String { String("lakectl-glue-crawler-\(crawler)".prefix(64)) }

    /// Ensures the crawler when `spec` is given, then starts (or joins) a crawl; with `wait` false it
    /// returns once the crawl is started.
    package func run(name: String, create spec: CrawlerSpec?, wait: Bool, events: @escaping PipelineEventSink)
        async throws -> CrawlRunResult
    {
        var ensured: Ensured?
        var roleArn: String?
        if let spec {
            roleArn = try await ensureRole(spec, events: events)
            ensured = try await ensureCrawler(spec, roleArn: roleArn ?? "", events: events)
        }
        var crawler = try await get(name)
        let database = crawler.databaseName ?? ""
        let before = try await CatalogSnapshot.read(glue, database: database)
        var started = false
        if crawler.isBusy {
            events(.step(name: "crawl", detail: "already \(crawler.state ?? "RUNNING"); waiting for it", change: nil))
        } else {
            do {
                try await glue.startCrawler(name)
                started = true
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.crawlerRunning) {
                // Started by someone else in between — or by our own StartCrawler whose reply was lost and
                // retried: either way the running crawl is the one to wait for.
                events(.step(name: "crawl", detail: "already running; waiting for it", change: nil))
            }
        }
        events(.started(what: "crawler", id: name))
        var result = CrawlRunResult(
            crawler: name, database: database, ensured: ensured?.change, roleArn: roleArn, started: started)
        guard wait else { return result }
        do {
            crawler = try await waitReady(name, events: events)
        } catch  where error is CancellationError || Task.isCancelled {
            // A signal that lands during a call may surface as the transport's error rather than
            // CancellationError; the task being cancelled is what counts.
            // This task is cancelled, so its own calls would be refused: the stop goes out from a fresh task.
            // A stop that fails is said (the crawl goes on in AWS), not swallowed; so is a crawl that ended
            // before the stop reached Glue.
            let glue = glue
            let outcome = await Task { () -> String? in
                do {
                    try await glue.stopCrawler(name)
                    return nil
                } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.crawlerNotRunning) {
                    return "crawler \(name) had already finished; nothing to stop"
                } catch {
                    return "could not stop crawler \(name): \(error)"
                }
            }.value
            if let outcome { events(.step(name: "crawl", detail: outcome, change: nil)) }
            throw CancellationError()
        }
        let status = crawler.lastCrawl?.status ?? "UNKNOWN"
        result.crawlStatus = status
        guard status == "SUCCEEDED" else {
            throw CrawlError.failed(
                crawler: name, status: status, message: crawler.lastCrawl?.errorMessage ?? "no error message given")
        }
        let after = try await CatalogSnapshot.read(glue, database: database)
        let changes = before.changes(to: after)
        result.changes = changes
        for table in changes.updated {
            if let old = before.tables[table], let new = after.tables[table] {
                result.updates[table] = old.differences(to: new)
            }
        }
        return result
    }

    /// Every crawler (or the named one) with its state, last crawl and last crawl's table counts.
    package func status(_ name: String?) async throws -> [CrawlerStatus] {
        let crawlers: [GlueCrawler]
        if let name {
            crawlers = [try await get(name)]
        } else {
            crawlers = try await glue.allCrawlers()
        }
        guard !crawlers.isEmpty else { return [] }
        let metrics = try await glue.getCrawlerMetrics(crawlers.map(\.name))
        return crawlers.sorted { $0.name < $1.name }.map { crawler in
            CrawlerStatus(crawler, metrics: metrics.first { $0.crawlerName == crawler.name })
        }
    }

    func get(_ name: String) async throws -> GlueCrawler {
        do {
            return try await glue.getCrawler(name)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            throw CrawlError.notFound(crawler: name)
        }
    }

    /// Polls until the crawler is READY again, reporting its state.
    func waitReady(_ name: String, events: @escaping PipelineEventSink) async throws -> GlueCrawler {
        let started = clock.now()
        var state = "RUNNING"
        for attempt in 0..<poll.attempts {
            try Task.checkCancellation()
            let crawler = try await get(name)
            state = crawler.state ?? "UNKNOWN"
            if !crawler.isBusy { return crawler }
            let elapsed = Int(clock.now().timeIntervalSince(started))
            events(.progress(state: state, percent: nil, detail: "\(elapsed)s"))
            if attempt + 1 < poll.attempts { try await clock.sleep(seconds: poll.seconds) }
        }
        throw CrawlError.timedOut(crawler: name, state: state)
    }

    /// `--role auto`: a managed policy from the `glue-crawler` generator for exactly the crawled path and
    /// the bucket's default KMS key, attached to a role Glue may assume.
    func ensureRole(_ spec: CrawlerSpec, events: @escaping PipelineEventSink) async throws -> String {
        if let roleArn = spec.roleArn { return roleArn }
        var keyArn: String?
        if let key = try await s3.defaultKMSKey(spec.path.bucket) {
            keyArn = key.hasPrefix("arn:") ? key : try await kms.describeKey(key).arn
            events(.step(name: "bucket key", detail: keyArn ?? key, change: nil))
        }
        let name = Self.roleName(crawler: spec.name)
        let document = PolicyGenerator.forGlueCrawler(
            bucket: spec.path.bucket, prefix: spec.path.prefix.isEmpty ? nil : spec.path.prefix, kmsKeyArn: keyArn)
        let policy = try await iam.ensureManagedPolicy(
            name: name, document: document,
            description: "Glue crawler \(spec.name) reading \(spec.targetPath) (lakectl)")
        events(.step(name: "crawler policy", detail: policy.arn, change: policy.change))
        let role = try await iam.ensureRole(
            name: name, trust: TrustPolicy.service(PolicyPurpose.glueCrawler.servicePrincipal ?? ""),
            attach: [policy.arn], description: "Glue crawler role for \(spec.name) (lakectl)")
        events(.step(name: "crawler role", detail: role.arn, change: role.change))
        return role.arn
    }

    /// Read → compare → create or update. "Already exists" after a retried create is "found", then compared.
    func ensureCrawler(_ spec: CrawlerSpec, roleArn: String, events: @escaping PipelineEventSink) async throws
        -> Ensured
    {
        let input = GlueCrawlerInput(
            name: spec.name, role: roleArn, databaseName: spec.database,
            targets: GlueCrawlerTargets(s3Targets: [GlueS3Target(path: spec.targetPath)]),
            tablePrefix: spec.tablePrefix, description: "Crawls \(spec.targetPath) (lakectl)",
            tags: ["managed-by": "lakectl"])
        let arn = "crawler/\(spec.name)"
        var live = try? await glue.getCrawler(spec.name)
        if live == nil {
            do {
                try await glue.createCrawler(input)
                events(.step(name: "crawler", detail: spec.name, change: .created))
                return Ensured(arn: arn, change: .created)
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.alreadyExists) {
                live = try await glue.getCrawler(spec.name)
            }
        }
        guard let live else { throw CrawlError.notFound(crawler: spec.name) }
        let fields = Self.differences(live, input)
        guard !fields.isEmpty else {
            events(.step(name: "crawler", detail: spec.name, change: .unchanged))
            return Ensured(arn: arn, change: .unchanged)
        }
        if live.isBusy { _ = try await waitReady(spec.name, events: events) }
        try await glue.updateCrawler(input)
        events(.step(name: "crawler", detail: spec.name, change: .updated(fields)))
        return Ensured(arn: arn, change: .updated(fields))
    }

    /// The fields of `live` that differ from what lakectl would send (an empty table prefix equals none).
    static func differences(_ live: GlueCrawler, _ input: GlueCrawlerInput) -> [String] {
        var fields: [String] = []
        if live.role != input.role { fields.append("role") }
        if live.databaseName != input.databaseName { fields.append("database") }
        if live.targets?.s3Targets?.map(\.path) != input.targets.s3Targets?.map(\.path) { fields.append("path") }
        if (live.tablePrefix ?? "") != (input.tablePrefix ?? "") { fields.append("table prefix") }
        return fields
    }
}
