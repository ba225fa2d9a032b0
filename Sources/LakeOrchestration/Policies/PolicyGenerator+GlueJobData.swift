/// `job deploy --role auto --data-path s3://…`: the job reads and writes its data paths, not only its
/// scripts location, and those buckets may be encrypted with a customer key the job must use.
extension PolicyGenerator {
    /// The `glue-job` policy over the scripts location, plus list on each data path's bucket and
    /// read/write/delete on the objects under it, plus encrypt/decrypt with `kmsKeyArns` (the data buckets'
    /// default keys). Statement ids are numbered in the order the paths are given, so the document (and
    /// so the policy's version) is stable across runs.
    package static func forGlueJob(scripts: S3Location, dataPaths: [S3Location], kmsKeyArns: [String])
        -> PolicyDocument
    {
        var document = forGlueJob(bucket: scripts.bucket, prefix: scripts.prefix.isEmpty ? nil : scripts.prefix)
        for (i, path) in dataPaths.enumerated() {
            document.statements.append(
                bucketStatement(
                    sid: "DataPathBucket\(i + 1)", bucket: path.bucket,
                    actions: ["s3:ListBucket", "s3:GetBucketLocation"]))
            document.statements.append(
                objectStatement(
                    sid: "DataPathObjects\(i + 1)", bucket: path.bucket,
                    prefix: path.prefix.isEmpty ? nil : path.prefix,
                    actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]))
        }
        if !kmsKeyArns.isEmpty {
            document.statements.append(PolicyStatement(sid: "DataKeys", action: writeKeyActions, resource: kmsKeyArns))
        }
        return document
    }
}
