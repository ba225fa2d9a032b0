import LakeConfig

/// `streams:` as `stream create` specs: names and sizes in Firehose's terms (SizeInMBs, IntervalInSeconds, the
/// API's spelling `Snappy`), the bucket's S3 name substituted, and the role `auto` means
/// (`StreamPipeline.roleName(stream:)`). A stream converting to Parquet names its Glue table as `DB.T` and writes
/// Snappy-compressed Parquet itself: Firehose refuses a file compression with conversion, so a declared one is
/// left out and said so.
enum LakeFileStreams {
    struct Planned: Sendable, Equatable {
        var spec: StreamSpec
        /// nil: the generated role.
        var role: String?
        var roleArn: String
    }

    static func planned(_ lake: LakeFile, account: String) -> (streams: [Planned], warnings: [String]) {
        let buckets = Dictionary(lake.buckets.map { ($0.name, lake.substitute($0.bucketName, account: account)) }) {
            a, _ in
            a
        }
        var streams: [Planned] = []
        var warnings: [String] = []
        for stream in lake.streams {
            var compression = stream.compression == "SNAPPY" ? "Snappy" : stream.compression
            if stream.parquet != nil, compression != "UNCOMPRESSED" {
                warnings.append(
                    "stream \(stream.name): compression \(stream.compression) is not used with Parquet conversion "
                        + "(Firehose writes Snappy-compressed Parquet itself)")
                compression = "UNCOMPRESSED"
            }
            guard let bucket = buckets[stream.bucket.name] else { continue }
            let spec = StreamSpec(
                name: stream.name, bucket: bucket, prefix: stream.prefix.map { lake.substitute($0, account: account) },
                errorPrefix: stream.errorPrefix.map { lake.substitute($0, account: account) },
                bufferSizeMB: stream.bufferBytes.map(megabytes) ?? 64,
                bufferIntervalSeconds: stream.bufferSeconds ?? 300,
                compression: compression,
                parquetTable: stream.parquet.map { "\($0.database.name).\($0.table)" })
            switch stream.role {
            case .auto:
                let arn = "arn:aws:iam::\(account):role/\(StreamPipeline.roleName(stream: stream.name))"
                streams.append(Planned(spec: spec, role: nil, roleArn: arn))
            case .arn(let arn):
                let resolved = lake.substitute(arn, account: account)
                streams.append(Planned(spec: spec, role: resolved, roleArn: resolved))
            }
        }
        return (streams, warnings)
    }

    /// `64MB` and `64MiB` are both Firehose's 64: binary sizes divide by MiB, decimal ones by MB.
    static func megabytes(_ bytes: Int64) -> Int {
        bytes % 1_048_576 == 0 ? Int(bytes / 1_048_576) : Int((bytes + 500_000) / 1_000_000)
    }
}
