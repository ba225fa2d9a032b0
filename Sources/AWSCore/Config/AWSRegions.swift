/// AWS's public regions, in one place, so a typo'd region (`us-eest-1`) is reported with the nearest real
/// one before any request, instead of ending in "Could not resolve host" for `sts.us-eest-1.amazonaws.com`.
/// When AWS opens a region this list does not have yet, add it here; until then
/// `AWS_LAKECTL_ALLOW_UNKNOWN_REGION=1` lets a well-formed name through.
package enum AWSRegions {
    /// Commercial, China and GovCloud partitions (from the AWS SDKs' endpoints partitions file).
    package static let known: Set<String> = [
        "af-south-1",
        "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2",
        "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6",
        "ap-southeast-7",
        "ca-central-1", "ca-west-1",
        "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2",
        "eu-west-3",
        "il-central-1",
        "me-central-1", "me-south-1",
        "mx-central-1",
        "sa-east-1",
        "us-east-1", "us-east-2", "us-west-1", "us-west-2",
        "cn-north-1", "cn-northwest-1",
        "us-gov-east-1", "us-gov-west-1",
    ]

    /// The environment variable that admits a well-formed region missing from `known`.
    package static let allowUnknownVariable = "AWS_LAKECTL_ALLOW_UNKNOWN_REGION"

    /// botocore's rule (`validate_region_name`): letters, digits and hyphens, starting and ending with a
    /// letter or digit, at most 63 characters. Anything else would end up in a host name and the signature.
    package static func isWellFormed(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= 63 else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
        guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == 0x2D }
    }

    /// The known region closest to `name` by edit distance, when it is close enough to be a typo.
    package static func nearest(to name: String) -> String? {
        let lowered = name.lowercased()
        let ranked = known.map { (region: $0, distance: editDistance(lowered, $0)) }
            .sorted { ($0.distance, $0.region) < ($1.distance, $1.region) }
        guard let best = ranked.first, best.distance <= 3 else { return nil }
        return best.region
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
