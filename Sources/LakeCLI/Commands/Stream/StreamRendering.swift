import LakeOrchestration

/// Stream results as records for the table/JSON/CSV renderers: values in, text out.
enum StreamRendering {
    static func record(_ result: StreamCreateResult) -> [(String, OutputValue)] {
        var fields: [(String, OutputValue)] = [
            ("stream", .string(result.stream.arn)), ("change", .string(result.stream.change.word)),
            ("status", .string(result.status)), ("role", .string(result.roleArn)),
        ]
        if let role = result.role { fields.append(("roleChange", .string(role.change.word))) }
        if let policy = result.policy {
            fields.append(("policy", .string(policy.arn)))
            fields.append(("policyChange", .string(policy.change.word)))
        }
        return fields
    }

    static func record(_ stream: StreamDescription) -> [(String, OutputValue)] {
        var fields: [(String, OutputValue)] = [
            ("name", .string(stream.name)), ("arn", .string(stream.arn)), ("status", .string(stream.status)),
        ]
        let optional: [(String, String?)] = [
            ("bucket", stream.bucketArn), ("prefix", stream.prefix), ("errorPrefix", stream.errorPrefix),
            ("compression", stream.compression), ("role", stream.roleArn),
        ]
        for (key, value) in optional { fields.append((key, value.map { .string($0) } ?? .null)) }
        fields.append(("bufferSizeMB", stream.bufferSizeMB.map { .int(Int64($0)) } ?? .null))
        fields.append(("bufferIntervalSeconds", stream.bufferIntervalSeconds.map { .int(Int64($0)) } ?? .null))
        fields.append(
            ("conversion", stream.parquetTable.map { .string("\(stream.conversionFormat ?? "?") from \($0)") } ?? .null)
        )
        fields.append(("kmsKey", stream.kmsKeyArn.map { .string($0) } ?? .null))
        fields.append(("logging", stream.logging.map { .string($0) } ?? .null))
        return fields
    }

    static func record(_ result: StreamIngestResult) -> [(String, OutputValue)] {
        var fields: [(String, OutputValue)] = [
            ("records", .int(Int64(result.records))), ("bytes", .int(Int64(result.bytes))),
            ("calls", .int(Int64(result.calls))), ("resent", .int(Int64(result.resent))),
            ("failed", .int(Int64(result.failed.count))), ("skippedOversized", .int(Int64(result.oversized.count))),
        ]
        if let resume = result.resumeLine { fields.append(("resumeLine", .int(Int64(resume)))) }
        return fields
    }
}
