import AWSCore

/// A bucket's versioning, public access block and tags: what a lake file declares about a bucket besides its
/// default encryption. Each Put sends a SHA-256 checksum, which these operations require (like DeleteObjects).
extension S3Client {
    /// `Enabled`, `Suspended`, or nil for a bucket that was never versioned (API_GetBucketVersioning).
    package func getBucketVersioning(_ bucket: String) async throws -> String? {
        let reply = try await send("GetBucketVersioning", method: "GET", bucket: bucket, query: [("versioning", "")])
        return reply.document?.string("Status").flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Turns versioning on (`Enabled`) or off (`Suspended`; a bucket once versioned cannot go back to never).
    package func putBucketVersioning(_ bucket: String, enabled: Bool) async throws {
        var xml = XMLWriter()
        xml.element("VersioningConfiguration", attributes: [("xmlns", Self.xmlNamespace)]) {
            $0.element("Status", value: enabled ? "Enabled" : "Suspended")
        }
        try await putChecked("PutBucketVersioning", bucket: bucket, query: "versioning", xml.bytes)
    }

    /// Whether all four public access block settings are on; false when some are off or none is configured
    /// (`NoSuchPublicAccessBlockConfiguration`) (API_GetPublicAccessBlock).
    package func getPublicAccessBlocked(_ bucket: String) async throws -> Bool {
        do {
            let reply = try await send(
                "GetPublicAccessBlock", method: "GET", bucket: bucket, query: [("publicAccessBlock", "")])
            let names = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"]
            return names.allSatisfy { reply.document?.firstDescendant(named: $0)?.text == "true" }
        } catch let error as AWSError where error.code == "NoSuchPublicAccessBlockConfiguration" {
            return false
        }
    }

    /// Sets all four public access block settings to `blocked`.
    package func putPublicAccessBlock(_ bucket: String, blocked: Bool) async throws {
        var xml = XMLWriter()
        xml.element("PublicAccessBlockConfiguration", attributes: [("xmlns", Self.xmlNamespace)]) { configuration in
            for name in ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"] {
                configuration.element(name, value: blocked ? "true" : "false")
            }
        }
        try await putChecked("PutPublicAccessBlock", bucket: bucket, query: "publicAccessBlock", xml.bytes)
    }

    /// The bucket's tags; empty when it has none (`NoSuchTagSet`) (API_GetBucketTagging).
    package func getBucketTagging(_ bucket: String) async throws -> [String: String] {
        do {
            let reply = try await send("GetBucketTagging", method: "GET", bucket: bucket, query: [("tagging", "")])
            var tags: [String: String] = [:]
            for tag in reply.document?.firstDescendant(named: "TagSet")?.children(named: "Tag") ?? [] {
                if let key = tag.string("Key") { tags[key] = tag.string("Value") ?? "" }
            }
            return tags
        } catch let error as AWSError where error.code == "NoSuchTagSet" {
            return [:]
        }
    }

    /// Replaces the bucket's whole tag set with `tags`.
    package func putBucketTagging(_ bucket: String, tags: [String: String]) async throws {
        var xml = XMLWriter()
        xml.element("Tagging", attributes: [("xmlns", Self.xmlNamespace)]) { tagging in
            tagging.element("TagSet") { set in
                for key in tags.keys.sorted() {
                    set.element("Tag") {
                        $0.element("Key", value: key)
                        $0.element("Value", value: tags[key] ?? "")
                    }
                }
            }
        }
        try await putChecked("PutBucketTagging", bucket: bucket, query: "tagging", xml.bytes)
    }

    /// The bucket's lifecycle rules as (id, expiration days) pairs; empty when it has none
    /// (`NoSuchLifecycleConfiguration`) (API_GetBucketLifecycleConfiguration). Days is nil for a rule that does
    /// not expire current objects after a number of days.
    package func getBucketLifecycleRules(_ bucket: String) async throws -> [(id: String, expirationDays: Int?)] {
        do {
            let reply = try await send(
                "GetBucketLifecycleConfiguration", method: "GET", bucket: bucket, query: [("lifecycle", "")])
            return (reply.document?.children(named: "Rule") ?? []).map { rule in
                (rule.string("ID") ?? "", rule.firstDescendant(named: "Expiration")?.string("Days").flatMap { Int($0) })
            }
        } catch let error as AWSError where error.code == "NoSuchLifecycleConfiguration" {
            return []
        }
    }

    /// Replaces the bucket's lifecycle configuration with one rule, `id`, expiring every object `days` after it
    /// was written.
    package func putBucketExpiration(_ bucket: String, id: String, days: Int) async throws {
        var xml = XMLWriter()
        xml.element("LifecycleConfiguration", attributes: [("xmlns", Self.xmlNamespace)]) { configuration in
            configuration.element("Rule") { rule in
                rule.element("ID", value: id)
                rule.element("Filter") { $0.element("Prefix", value: "") }
                rule.element("Status", value: "Enabled")
                rule.element("Expiration") { $0.element("Days", value: String(days)) }
            }
        }
        try await putChecked("PutBucketLifecycleConfiguration", bucket: bucket, query: "lifecycle", xml.bytes)
    }

    static let xmlNamespace = "http://s3.amazonaws.com/doc/2006-03-01/"

    private func putChecked(_ operation: String, bucket: String, query: String, _ bytes: [UInt8]) async throws {
        _ = try await send(
            operation, method: "PUT", bucket: bucket, query: [(query, "")],
            headers: [
                HTTPHeader("x-amz-checksum-sha256", PayloadChecksum.sha256Base64(bytes)),
                HTTPHeader("x-amz-sdk-checksum-algorithm", "SHA256"),
            ],
            body: .bytes(bytes))
    }
}
