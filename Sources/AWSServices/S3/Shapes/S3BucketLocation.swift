import Foundation

/// GetBucketLocation's answer as a region name. S3 still answers with the constraint the bucket was
/// created with: nothing (or `null`) for us-east-1 and `EU` for buckets made with the old EU constraint.
package enum S3BucketLocation {
    package static func region(fromConstraint constraint: String?) -> String {
        let value = constraint?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        switch value {
        case "", "null", "US": return "us-east-1"
        case "EU": return "eu-west-1"
        default: return value
        }
    }
}
