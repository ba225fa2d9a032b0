import Foundation

/// S3's bucket naming rules (general purpose buckets): checked with `${account}` as 12 digits and
/// `${region}` as the longest region name, so a name that fits after substitution passes.
enum BucketName {
    static func problem(_ raw: String) -> String? {
        let name = raw.replacingOccurrences(of: "${account}", with: "123456789012")
            .replacingOccurrences(of: "${region}", with: "ap-southeast-4")
        if name.count < 3 || name.count > 63 { return "a bucket name has 3 to 63 characters (this has \(name.count))" }
        let allowed = name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" || $0 == "." }
        if !allowed { return "only lower-case letters, digits, '-' and '.' are allowed" }
        guard let first = name.first, let last = name.last,
            first.isLetter || first.isNumber, last.isLetter || last.isNumber
        else { return "a bucket name starts and ends with a letter or digit" }
        if name.contains("..") { return "a bucket name has no two adjacent periods" }
        if name.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$"#, options: .regularExpression) != nil {
            return "a bucket name is not an IP address"
        }
        if name.hasPrefix("xn--") || name.hasPrefix("sthree-") {
            return "a bucket name does not start with xn-- or sthree-"
        }
        if name.hasSuffix("-s3alias") || name.hasSuffix("--ol-s3") {
            return "a bucket name does not end with -s3alias or --ol-s3"
        }
        return nil
    }
}
